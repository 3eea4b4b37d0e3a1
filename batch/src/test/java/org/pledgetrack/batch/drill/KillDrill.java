package org.pledgetrack.batch.drill;

import java.util.List;

/**
 * One job's kill -9 drill, as {@link KilledJvmRestartFunctionalTests} runs it: prepare enough work,
 * let a {@link SecondJvm} run the job until it is half-way, kill that JVM, let this JVM take its run
 * over once its lease has expired, finish the work the way the product offers, and compare with a
 * run nobody interrupted.
 * Implementations are created by Spring (constructor injection), in this JVM and in the second one.
 */
public interface KillDrill {

    /** Adds the data that keeps the job busy long enough to be caught half-way; returns the second JVM's argument. */
    String prepare() throws Exception;

    /** Settings the second JVM needs besides the shared database: a shared directory, a smaller chunk size. */
    default List<String> secondJvmSettings() {
        return List.of();
    }

    /** Runs in the second JVM: starts the job for the argument and returns when it ends (it is killed first). */
    void runInSecondJvm(String argument) throws Exception;

    /** Read from this JVM: some of the job's work is committed or written, so a kill now interrupts real work. */
    boolean halfWay();

    /** Right after the kill: what the dead run left behind, which the recovery has to deal with. */
    void assertLeftUnfinished() throws Exception;

    /** After this node took the dead run over: checks what it did, finishes the work as the product offers; returns the result. */
    Object finishAfterRecovery() throws Exception;

    /** The same result from a run that nobody interrupted. */
    Object uninterruptedResult() throws Exception;

    /** Removes what the drill added, because all batch tests share one database. */
    void cleanUp();
}
