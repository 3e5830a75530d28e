package org.dossier.installation;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@link Installation#backup(Path)} copied.
 *
 * @param target the new installation holding the copy
 * @param catalogueChange the last catalogue change in the copy
 * @param indexChange the last catalogue change applied by the copied index (at most {@code
 *     catalogueChange}; the copy's index catches up when it is opened)
 * @param files original files copied
 * @param bytes bytes copied, all parts together
 * @param elapsed how long it took
 */
public record BackupSummary(
    Path target,
    long catalogueChange,
    long indexChange,
    long files,
    long bytes,
    Duration elapsed) {}
