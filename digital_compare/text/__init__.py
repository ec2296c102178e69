"""Thai text layer: decoding, cleaning, numbers, dates, extraction and the figure labeller."""
