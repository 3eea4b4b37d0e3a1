package org.pledgetrack.batch.lease;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives every job execution a lease from the moment the job repository creates it until the
 * repository records its end, whichever job it belongs to and however it is launched. At the job
 * repository rather than in a job listener: some jobs are built per request (reports), and an
 * execution waiting in its node's queue has not started any listener yet but must be taken over too
 * if that node dies.
 */
@Configuration(proxyBeanMethods = false)
class JobLeaseRegistration {

    @Bean
    static BeanPostProcessor jobLeaseTaker(ObjectProvider<JobLeases> leases) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof JobRepository)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.addAdvice(leasing(leases));
                return proxy.getProxy();
            }
        };
    }

    private static MethodInterceptor leasing(ObjectProvider<JobLeases> leases) {
        return invocation -> {
            Object result = invocation.proceed();
            String method = invocation.getMethod().getName();
            if (method.equals("createJobExecution") && result instanceof JobExecution created) {
                leases.getObject().started(created.getId());
            } else if (method.equals("update") && invocation.getArguments()[0] instanceof JobExecution execution
                    && !execution.getStatus().isRunning()) {
                leases.getObject().ended(execution.getId());
            }
            return result;
        };
    }
}
