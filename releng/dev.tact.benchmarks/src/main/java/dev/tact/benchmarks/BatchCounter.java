package dev.tact.benchmarks;

import java.util.Set;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;

/**
 * Stands in for the Contacts view: counts the batches it is sent per burst (each batch would be one view refresh)
 * and prints the tally when the benchmark ends, as a line run.sh picks up.
 */
final class BatchCounter implements Consumer<Set<BareJid>> {

	private long batches;
	private long largest;
	private long bursts;
	private long fewestPerBurst = Long.MAX_VALUE;
	private long mostPerBurst;
	private long batchesAtBurstStart;

	@Override
	public void accept(Set<BareJid> batch) {
		batches++;
		largest = Math.max(largest, batch.size());
	}

	void burstStarts() {
		batchesAtBurstStart = batches;
	}

	void burstEnded() {
		long inBurst = batches - batchesAtBurstStart;
		bursts++;
		fewestPerBurst = Math.min(fewestPerBurst, inBurst);
		mostPerBurst = Math.max(mostPerBurst, inBurst);
	}

	/** One line per benchmark and parameter set; the count is deterministic (virtual time), so min equals max. */
	void print(String benchmark, int updatesPerBurst, int spreadMillis) {
		System.out.printf("TACT-BATCHES %s spread=%dms updates/burst=%d bursts=%d batches/burst=%s largestBatch=%d%n",
				benchmark, spreadMillis, updatesPerBurst, bursts,
				fewestPerBurst == mostPerBurst ? Long.toString(mostPerBurst) : fewestPerBurst + ".." + mostPerBurst,
				largest);
	}
}
