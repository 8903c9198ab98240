"""`python -m services.fleet --port N ...`: same options as `llm-mesh fleet`."""

from services.cli.fleet import fleet

if __name__ == "__main__":
    fleet(prog_name="python -m services.fleet")
