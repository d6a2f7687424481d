package org.migrationmptf.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records of this kind carry a change number (see {@link ChangeNumbers}): every transaction that creates, changes or
 * deletes one, or changes one of its collections, raises the kind's number before it commits. A list may then
 * remember what it counted under the number. The kind needs its row in {@code platform.change_number}, added by its
 * module's migration.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface ChangeNumbered {
}
