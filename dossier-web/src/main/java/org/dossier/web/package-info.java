/**
 * The web server of an installation: the reading room's pages, the REST API under {@code /api/v1}
 * and the symbol resolver, served by Helidon SE.
 *
 * <p>{@link org.dossier.web.DossierServer} starts it; {@link org.dossier.web.DossierServer#routing}
 * registers every service in one place (tests reuse it); {@link org.dossier.web.WebSettings} reads
 * and validates the configuration; {@link org.dossier.web.Library} is what every read goes through,
 * so that what a reader may see is decided below the web layer by the search request's access
 * filter.
 */
package org.dossier.web;
