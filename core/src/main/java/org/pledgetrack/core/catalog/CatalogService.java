package org.pledgetrack.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign catalog as everyone reads it. A published version never changes (new wording is a new
 * version), so published versions are cached after the first read; drafts are read fresh, and only by
 * the editor ({@link CatalogEditorService}). Published catalog text is public information: no access check.
 */
@Service
public class CatalogService {

    private final CatalogRepository repository;
    private final Map<Long, CatalogVersion> published = new ConcurrentHashMap<>();

    CatalogService(CatalogRepository repository) {
        this.repository = repository;
    }

    /** A version by id: a pledge's own version, for everything that shows or counts its items. */
    @Transactional(readOnly = true)
    public CatalogVersion version(long versionId) {
        CatalogVersion cached = published.get(versionId);
        if (cached != null) {
            return cached;
        }
        CatalogVersion version = read(versionId);
        if (version.published()) {
            published.put(versionId, version);
        }
        return version;
    }

    /** The published versions, newest first. */
    @Transactional(readOnly = true)
    public List<CatalogVersion> versions() {
        return repository.findPublishedVersionIds().stream().map(this::version).toList();
    }

    /** The version new pledges are made against: the newest active published one. */
    @Transactional(readOnly = true)
    public CatalogVersion currentVersion() {
        return versions().stream().filter(CatalogVersion::active).findFirst()
                .orElseThrow(() -> new IllegalStateException("No active catalog version"));
    }

    /** IACP's resources listed under an item of any version, in order, for the item page. */
    @Transactional(readOnly = true)
    public List<ItemResource> resourcesOf(long catalogItemId) {
        return repository.findResources(catalogItemId);
    }

    CatalogVersion read(long versionId) {
        return repository.findVersion(versionId)
                .orElseThrow(() -> new IllegalArgumentException("There is no catalog version with id " + versionId + "."));
    }
}
