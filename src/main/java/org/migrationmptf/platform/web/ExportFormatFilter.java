package org.migrationmptf.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code ?format=csv} or {@code ?format=xlsx} on any list: the same as the matching {@code Accept} header, for a
 * link in a page or a browser's address bar where headers cannot be set.
 */
@Provider
@PreMatching
public class ExportFormatFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String mediaType = ListExport.mediaTypeOf(request.getUriInfo().getQueryParameters().getFirst("format"));
        if (mediaType != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
        }
    }
}
