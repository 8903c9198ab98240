"""The OpenAI-compatible HTTP ingress: Chat Completions in, mesh requests and results out.

Application teams that already speak the OpenAI API point their SDK at this server instead of
learning Kafka: each `POST /v1/chat/completions` becomes one `RequestSubmitted` on
`mesh.requests`, and the matching `RequestCompleted` / `RequestRejected` from `mesh.results`
becomes the HTTP answer. The mapping modules (`chat_request`, `routing`, `responses`,
`statuses`, `usage`, `auth`, `catalog`) are pure; `publisher`, `results` and `app` hold the
Kafka and HTTP wiring. The contract is written down in `docs/ingress.md`.
"""
