"""Adapters for the ports, two per port: a real one and an embedded one.

| port          | real                                      | embedded                                   |
|---------------|-------------------------------------------|--------------------------------------------|
| BlobStore     | ``minio_blob.MinioBlobStore`` (any S3)    | ``local_blob.LocalFolderBlobStore``        |
| DocumentStore | ``mongo_documents.MongoDocumentStore``    | ``embedded_documents.EmbeddedDocumentStore`` |
| VectorIndex   | ``opensearch_vectors.OpenSearchVectorIndex`` | ``memory_vectors.InProcessVectorIndex``  |

Import them from their modules (``samarinda_common.infra.build_infra`` picks them by mode), so
that embedded-only code never imports a server client it does not use.
"""
