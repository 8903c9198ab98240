"""The local model fleet: recorded RouterBench models plus simulated ones, over HTTP."""

from services.fleet.server import RunningFleet, serve_forever, start_fleet_server

__all__ = ["RunningFleet", "serve_forever", "start_fleet_server"]
