/**
 * One package per official language: masthead labels, dates, ordinals, country names, title
 * patterns.
 */
package org.dossier.lang;
