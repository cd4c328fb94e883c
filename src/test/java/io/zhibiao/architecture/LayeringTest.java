package io.zhibiao.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core is UI-free: the command line and a future server use it without JavaFX. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.zhibiao");

    @Test
    void coreNeverUsesJavaFx() {
        noClasses().that().resideInAPackage("io.zhibiao.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..")
                .check(CLASSES);
    }

    @Test
    void coreNeverUsesTheUiOrTheCommandLine() {
        noClasses().that().resideInAPackage("io.zhibiao.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhibiao.ui..", "io.zhibiao.cli..")
                .check(CLASSES);
    }

    @Test
    void commandLineNeverUsesJavaFx() {
        noClasses().that().resideInAPackage("io.zhibiao.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.zhibiao.ui..")
                .check(CLASSES);
    }
}
