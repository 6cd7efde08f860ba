"""A deterministic synthetic authority for demos, tests and benchmarks: `lantern seed`, `lantern demo-signins`."""
