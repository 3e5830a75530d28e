/**
 * Machinery shared by the language packages: text folding, the date, ordinal and agenda syntaxes,
 * the country dictionary. Not part of the public API; it may change without notice.
 */
package org.dossier.lang.internal;
