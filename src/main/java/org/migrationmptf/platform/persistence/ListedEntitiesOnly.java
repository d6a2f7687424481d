package org.migrationmptf.platform.persistence;

import java.util.Set;
import org.hibernate.boot.archive.scan.spi.ClassDescriptor;
import org.hibernate.boot.archive.scan.spi.MappingFileDescriptor;
import org.hibernate.boot.archive.scan.spi.PackageDescriptor;
import org.hibernate.boot.archive.scan.spi.ScanEnvironment;
import org.hibernate.boot.archive.scan.spi.ScanOptions;
import org.hibernate.boot.archive.scan.spi.ScanParameters;
import org.hibernate.boot.archive.scan.spi.ScanResult;
import org.hibernate.boot.archive.scan.spi.Scanner;

/**
 * Hibernate's scanner for the persistence unit, finding nothing: the mapped classes are the ones persistence.xml
 * lists ({@code PersistenceUnitTest} keeps that list equal to the classes annotated in the code).
 *
 * <p>Why: Liberty hands Hibernate the unit's root (WEB-INF/classes) as a jar stream that it zips on the fly, and
 * Hibernate's own scanner unzipped it again and read every class of the application, at every start, to find
 * the few dozen it already had in the list.
 */
public class ListedEntitiesOnly implements Scanner {

    private static final ScanResult NOTHING = new ScanResult() {
        @Override
        public Set<PackageDescriptor> getLocatedPackages() {
            return Set.of();
        }

        @Override
        public Set<ClassDescriptor> getLocatedClasses() {
            return Set.of();
        }

        @Override
        public Set<MappingFileDescriptor> getLocatedMappingFiles() {
            return Set.of();
        }
    };

    @Override
    public ScanResult scan(ScanEnvironment environment, ScanOptions options, ScanParameters parameters) {
        return NOTHING;
    }
}
