/**
 * The REST API under {@code /api/v1}: one {@link io.helidon.webserver.http.HttpService} per
 * resource, JSON with the record contract's field names, cursor paging, a content {@code ETag} with
 * conditional GET, CORS for reads, and errors as {@code application/problem+json} (RFC 9457).
 * {@link org.dossier.web.api.Api#register} registers them and the OpenAPI description that lists
 * the same routes.
 */
package org.dossier.web.api;
