/**
 * Raw document (text, Markdown, HTML, DOCX, PDF) to the structured record; JSON, Akoma Ntoso and
 * clean-text writers.
 */
package org.dossier.understand;
