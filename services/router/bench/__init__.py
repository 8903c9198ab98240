"""RouterBench-style evaluation of the router on recorded outcomes (`bench routing`)."""
