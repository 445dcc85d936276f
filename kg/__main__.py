"""`python -m kg` runs the command line."""
import sys

from kg.cli import main

sys.exit(main())
