package org.migrationmptf.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Which page of a list the caller wants ({@code ?page=0&size=50}). Every list of the API is paged: a list that
 * grows with the fund's history must never be read whole. An export of a list (CSV or XLSX, see
 * {@link ListExport}) is one page too, a large one: {@code size} defaults to, and may go up to,
 * {@link ListExport#MAX_ROWS} there.
 */
@PageRequest.SizeWithinLimit
public class PageRequest {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more (pages are numbered from 0)")
    private int page;

    @QueryParam("size")
    @Min(value = 1, message = "must be at least 1")
    private Integer size;

    /** Set by JAX-RS: whether this request asks for an export (then larger pages are allowed). */
    @QueryParam("format")
    private String format;

    @HeaderParam(HttpHeaders.ACCEPT)
    private String accept;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        if (size != null) {
            return size;
        }
        return isExport() ? ListExport.MAX_ROWS : DEFAULT_SIZE;
    }

    public int offset() {
        return page * size();
    }

    /** Whether the caller asked for the list as a CSV or XLSX file. */
    public boolean isExport() {
        return ListExport.isExport(format, accept == null ? null : List.of(accept));
    }

    /** The largest page this request may ask for. */
    public int maxSize() {
        return isExport() ? ListExport.MAX_ROWS : MAX_SIZE;
    }

    /** {@code size} at most 200, or at most 10,000 for an export; the violation names the field {@code size}. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = SizeLimitValidator.class)
    public @interface SizeWithinLimit {
        String message() default "must be at most " + MAX_SIZE + " (at most " + ListExport.MAX_ROWS
                + " for a csv or xlsx export)";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class SizeLimitValidator implements ConstraintValidator<SizeWithinLimit, PageRequest> {

        @Override
        public boolean isValid(PageRequest request, ConstraintValidatorContext context) {
            if (request == null || request.size() <= request.maxSize()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("size").addConstraintViolation();
            return false;
        }
    }
}
