package org.pledgetrack.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign catalog. A published version never changes (new wording is a new version), so
 * versions are cached after the first read. The catalog is public information: no access check.
 */
@Service
public class CatalogService {

    private final CatalogRepository repository;
    private final Map<Long, CatalogVersion> cache = new ConcurrentHashMap<>();

    CatalogService(CatalogRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public CatalogVersion version(long versionId) {
        return cache.computeIfAbsent(versionId, id -> repository.findVersion(id)
                .orElseThrow(() -> new IllegalArgumentException("There is no catalog version with id " + id + ".")));
    }

    /** All versions, newest first. */
    @Transactional(readOnly = true)
    public List<CatalogVersion> versions() {
        return repository.findVersionIds().stream().map(this::version).toList();
    }

    /** The version new pledges are made against: the newest active one. */
    @Transactional(readOnly = true)
    public CatalogVersion currentVersion() {
        return versions().stream().filter(CatalogVersion::active).findFirst()
                .orElseThrow(() -> new IllegalStateException("No active catalog version"));
    }
}
