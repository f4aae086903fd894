"""Maintenance scripts: generators for the files the package ships."""
