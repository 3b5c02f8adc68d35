"""The pipeline: read files into Papers, run the extractors, load Records."""
__version__ = "0.1.0"
