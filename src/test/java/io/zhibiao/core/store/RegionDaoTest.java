package io.zhibiao.core.store;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.RegionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RegionDaoTest {
    @TempDir
    Path dir;

    static List<Region> hubei() {
        return List.of(
                new Region("420000", "湖北省", RegionLevel.PROVINCE, null, null, "420000", "湖北省"),
                new Region("421200", "咸宁市", RegionLevel.PREFECTURE, "421200", "咸宁市", "420000", "湖北省"),
                new Region("421281", "赤壁市", RegionLevel.COUNTY, "421200", "咸宁市", "420000", "湖北省"));
    }

    @Test
    void gazetteerIsStoredOnceAndReadBackWithParentNames() {
        try (Store store = Store.open(dir.resolve("zhibiao"))) {
            RegionDao regions = store.regions();
            assertEquals(0, regions.count());
            assertEquals(3, regions.insertAllIfEmpty(hubei(), r -> r.name().substring(0, 2)));
            assertEquals(0, regions.insertAllIfEmpty(hubei()));
            assertEquals(3, regions.count());

            assertEquals(hubei(), regions.findAll());
            Region chibi = regions.findByCode("421281").orElseThrow();
            assertEquals("湖北省 咸宁市 赤壁市", chibi.qualifiedName());
            assertEquals("赤壁", regions.shortName("421281").orElseThrow());
            assertTrue(regions.findByCode("999999").isEmpty());
        }
    }
}
