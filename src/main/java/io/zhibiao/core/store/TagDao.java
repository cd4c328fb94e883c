package io.zhibiao.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tags and which indicators carry them. */
public final class TagDao {
    static final String BY_NAME = "SELECT id, name, color FROM tag WHERE name = ?";
    static final String IS_ATTACHED = "SELECT 1 FROM indicator_tag WHERE indicator_id = ? AND tag_id = ?";
    static final String ATTACH = "INSERT INTO indicator_tag (indicator_id, tag_id) VALUES (?, ?)";
    static final String DETACH = "DELETE FROM indicator_tag WHERE indicator_id = ? AND tag_id = ?";
    static final String TAGS_OF = "SELECT t.id, t.name, t.color FROM tag t "
            + "JOIN indicator_tag it ON it.tag_id = t.id WHERE it.indicator_id = ? ORDER BY t.name";

    private final Jdbc jdbc;

    TagDao(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a tag; tag names are unique. */
    public Tag create(String name, String color) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A tag needs a name.");
        }
        return jdbc.atomically("create tag " + trimmed, c -> {
            if (findByName(c, trimmed).isPresent()) {
                throw new StoreException("A tag named " + trimmed + " already exists.");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag (name, color) VALUES (?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, trimmed);
                JdbcValues.setString(ps, 2, color);
                ps.executeUpdate();
                return new Tag(JdbcValues.generatedKey(ps), trimmed, color);
            }
        });
    }

    public Optional<Tag> findByName(String name) {
        return jdbc.call("find tag " + name, c -> findByName(c, name.strip()));
    }

    private static Optional<Tag> findByName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_NAME)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public List<Tag> findAll() {
        return list("list tags", "SELECT id, name, color FROM tag ORDER BY name", null);
    }

    /** Deletes the tag and removes it from all indicators. */
    public boolean delete(long tagId) {
        return jdbc.call("delete tag " + tagId, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                ps.setLong(1, tagId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Puts the tag on the indicator; does nothing if it is already there. */
    public void attach(long indicatorId, long tagId) {
        jdbc.atomically("tag indicator " + indicatorId, c -> {
            try (PreparedStatement check = c.prepareStatement(IS_ATTACHED)) {
                check.setLong(1, indicatorId);
                check.setLong(2, tagId);
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(ATTACH)) {
                ps.setLong(1, indicatorId);
                ps.setLong(2, tagId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public boolean detach(long indicatorId, long tagId) {
        return jdbc.call("untag indicator " + indicatorId, c -> {
            try (PreparedStatement ps = c.prepareStatement(DETACH)) {
                ps.setLong(1, indicatorId);
                ps.setLong(2, tagId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public List<Tag> tagsOf(long indicatorId) {
        return list("load the tags of indicator " + indicatorId, TAGS_OF, indicatorId);
    }

    /** The tags of every indicator of a document, in one query (for the pane's table). */
    public java.util.Map<Long, List<Tag>> tagsByDocument(long documentId) {
        return jdbc.call("load the tags of document " + documentId, c -> {
            java.util.Map<Long, List<Tag>> byIndicator = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT it.indicator_id, t.id, t.name, t.color FROM tag t "
                    + "JOIN indicator_tag it ON it.tag_id = t.id JOIN indicator i ON i.id = it.indicator_id "
                    + "WHERE i.document_id = ? ORDER BY t.name")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byIndicator.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Tag(rs.getLong(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return byIndicator;
        });
    }

    public List<Long> indicatorIdsWith(long tagId) {
        return jdbc.call("find the indicators tagged " + tagId, c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT indicator_id FROM indicator_tag WHERE tag_id = ? ORDER BY indicator_id")) {
                ps.setLong(1, tagId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private List<Tag> list(String what, String sql, Long key) {
        return jdbc.call(what, c -> {
            List<Tag> tags = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (key != null) {
                    ps.setLong(1, key);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tags.add(read(rs));
                    }
                }
            }
            return tags;
        });
    }

    private static Tag read(ResultSet rs) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("color"));
    }
}
