/** JMH and macro benchmarks; ratios against raw baselines measured in the same run. */
package org.dossier.bench;
