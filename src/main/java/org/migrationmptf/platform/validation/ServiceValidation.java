package org.migrationmptf.platform.validation;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks the Bean Validation constraints declared on a service interface's parameters before the service runs,
 * so that the API and the pages get the same checks and the same messages. Liberty does not validate the
 * parameters of enterprise beans by itself; this is bound to every bean of the application in
 * {@code WEB-INF/ejb-jar.xml}.
 */
public class ServiceValidation {

    @Inject
    Validator validator;

    @AroundInvoke
    public Object validateParameters(InvocationContext invocation) throws Exception {
        Set<ConstraintViolation<Object>> violations = validator.forExecutables()
                .validateParameters(invocation.getTarget(), invocation.getMethod(), invocation.getParameters());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return invocation.proceed();
    }
}
