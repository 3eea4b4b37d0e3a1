package org.pledgetrack.core.pledge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pages of the live agency list kept in memory ({@link AgencyListPages}).
 *
 * @param maxPages {@code pledgetrack.agency-list.cache-pages}: how many pages are kept, least recently used out first
 * @param ttl      {@code pledgetrack.agency-list.cache-ttl}: the longest a page is kept; a backstop for what the
 *                 change mark cannot see (rows changed by hand, a node whose clock runs behind)
 */
@ConfigurationProperties("pledgetrack.agency-list")
public record AgencyListSettings(@DefaultValue("2000") int cachePages, @DefaultValue("PT1M") Duration cacheTtl) {

    public AgencyListSettings {
        if (cachePages < 0) {
            throw new IllegalArgumentException("pledgetrack.agency-list.cache-pages must be 0 or more, not " + cachePages);
        }
        if (cacheTtl == null || cacheTtl.isNegative()) {
            throw new IllegalArgumentException("pledgetrack.agency-list.cache-ttl must be 0 or more, not " + cacheTtl);
        }
    }
}
