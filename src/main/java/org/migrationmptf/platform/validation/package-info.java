/**
 * Bean Validation of the parameters of every service, bound in WEB-INF/ejb-jar.xml.
 */
package org.migrationmptf.platform.validation;
