package org.migrationmptf.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * persistence.xml lists the mapped classes and Hibernate scans for no others (its DisabledScanner): an
 * entity added to the code but not to the list would be "not an entity" at run time. This keeps the two equal.
 */
class PersistenceUnitTest {

    @Test
    void persistenceXmlListsExactlyTheMappedClassesOfTheCode() throws Exception {
        Set<String> annotated = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.migrationmptf")) {
            if (c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)
                    || c.isAnnotatedWith(MappedSuperclass.class)) {
                annotated.add(c.getName());
            }
        }
        Set<String> listed = new TreeSet<>();
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList classes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                    .getElementsByTagName("class");
            for (int i = 0; i < classes.getLength(); i++) {
                listed.add(classes.item(i).getTextContent().trim());
            }
        }
        assertFalse(annotated.isEmpty(), "the importer found the application's classes");
        Set<String> missing = new TreeSet<>(annotated);
        missing.removeAll(listed);
        Set<String> extra = new TreeSet<>(listed);
        extra.removeAll(annotated);
        assertEquals(Set.of(), missing, "mapped in the code but not listed in persistence.xml");
        assertEquals(Set.of(), extra, "listed in persistence.xml but not mapped in the code");
    }
}
