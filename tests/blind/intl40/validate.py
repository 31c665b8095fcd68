"""Checks this corpus with the shared checker: python3 validate.py [DIR] (see ../../corpus_check.py)."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv[1:] = sys.argv[1:] or [HERE]
runpy.run_path(os.path.join(HERE, "..", "..", "corpus_check.py"), run_name="__main__")
