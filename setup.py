"""Packages: everything under desktop/, plus resources/ installed as citebrief.resources."""

from setuptools import find_packages, setup

setup(packages=[*find_packages("desktop"), "citebrief.resources"])
