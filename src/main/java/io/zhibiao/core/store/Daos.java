package io.zhibiao.core.store;

/** One set of DAOs sharing one way of getting connections. */
final class Daos implements DataAccess {
    private final Jdbc jdbc;
    private final DocumentDao documents;
    private final IndicatorDao indicators;
    private final RegionDao regions;
    private final TagDao tags;
    private final AuditDao audit;

    Daos(Jdbc jdbc, DocumentEvents.Sink stored) {
        this.jdbc = jdbc;
        this.documents = new DocumentDao(jdbc, stored);
        this.indicators = new IndicatorDao(jdbc);
        this.regions = new RegionDao(jdbc);
        this.tags = new TagDao(jdbc);
        this.audit = new AuditDao(jdbc);
    }

    @Override
    public DocumentDao documents() {
        return documents;
    }

    @Override
    public IndicatorDao indicators() {
        return indicators;
    }

    @Override
    public RegionDao regions() {
        return regions;
    }

    @Override
    public TagDao tags() {
        return tags;
    }

    @Override
    public AuditDao audit() {
        return audit;
    }

    @Override
    public void announce(TeamChange change) {
        jdbc.announce(change);
    }

    /** The connection source these DAOs share, for DAOs that are not part of {@link DataAccess}. */
    Jdbc jdbc() {
        return jdbc;
    }
}
