"""kubesmith: the Kubernetes OpenAPI spec in, a typed Python client package out."""

__version__ = "0.1.0"
