"""The local cluster: the services and the web console as processes here (``scripts/cluster.sh``)."""
