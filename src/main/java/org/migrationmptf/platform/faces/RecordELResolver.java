package org.migrationmptf.platform.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets pages read Java records ({@code #{objective.title}}), which Expression Language 5 (Jakarta EE 10) does not:
 * the services hand pages the same immutable records they hand the API. Records are read-only here.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<RecordComponent> component = component(base, property);
        if (component.isEmpty()) {
            return null;
        }
        try {
            Object value = component.get().getAccessor().invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + property + " of " + base.getClass().getName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Optional<RecordComponent> component = component(base, property);
        if (component.isPresent()) {
            context.setPropertyResolved(base, property);
            // Read-only: the specification says getType answers null for a property that cannot be written.
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property).isPresent()) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + " is a record: read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static Optional<RecordComponent> component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return Optional.empty();
        }
        String name = property.toString();
        return Arrays.stream(base.getClass().getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst();
    }
}
