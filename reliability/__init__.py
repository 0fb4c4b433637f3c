"""Reliability in figures: fuzzing, a soak on the testbed and load (``make fuzz``,
``make soak``, ``make load``); ``report`` writes docs/reliability.md from the results."""
