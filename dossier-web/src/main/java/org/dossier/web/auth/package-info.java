/**
 * Who a request comes from: server-side sessions behind an HttpOnly, SameSite cookie, their CSRF
 * tokens, and API tokens ({@code Authorization: Bearer}); every request is read as the viewer
 * resolved here. The rules of what a viewer may see live below the web, in {@code dossier-access}.
 */
package org.dossier.web.auth;
