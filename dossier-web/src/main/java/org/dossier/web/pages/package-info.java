/**
 * The reading room's HTML pages (jte templates in {@code src/main/jte}, precompiled by the build).
 * {@link org.dossier.web.pages.Pages#services} lists the page services; {@link
 * org.dossier.web.DossierServer#routing} registers them after the API and the symbol resolver.
 */
package org.dossier.web.pages;
