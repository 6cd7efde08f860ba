"""The load test (`make load`): bench/load/run.py drives locust with bench/load/locustfile.py."""
