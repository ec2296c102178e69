"""Table build: one step per table, schemas, provenance checks, the corpus manifest."""
