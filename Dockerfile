# syntax=docker/dockerfile:1
# The Kairos image: one binary that runs as `serve` (the API), `worker` (background jobs),
# `migrate`, `jobs …` or `healthcheck`, chosen by the command. Build from the repository root:
#   docker build -t kairos .

ARG RUST_VERSION=1.95
ARG DEBIAN_RELEASE=bookworm

# --- build -------------------------------------------------------------------------------
FROM rust:${RUST_VERSION}-${DEBIAN_RELEASE} AS build
WORKDIR /src
# Queries are checked against the committed .sqlx/ data, so the build needs no database.
ENV SQLX_OFFLINE=true \
    CARGO_TERM_COLOR=never

# Dependencies first, against empty sources: this layer is rebuilt only when a manifest or
# Cargo.lock changes, not on every change to Kairos's own code.
COPY Cargo.toml Cargo.lock rustfmt.toml ./
COPY crates/kairos-core/Cargo.toml crates/kairos-core/Cargo.toml
COPY crates/kairos/Cargo.toml crates/kairos/Cargo.toml
COPY crates/kairos-load/Cargo.toml crates/kairos-load/Cargo.toml
RUN mkdir -p crates/kairos-core/src crates/kairos-core/benches crates/kairos/src \
        crates/kairos/benches crates/kairos-load/src \
    && touch crates/kairos-core/src/lib.rs crates/kairos/src/lib.rs \
    && echo 'fn main() {}' > crates/kairos/src/main.rs \
    && echo 'fn main() {}' > crates/kairos-load/src/main.rs \
    && for bench in crates/kairos-core/benches/slots.rs crates/kairos-core/benches/planner.rs \
        crates/kairos/benches/queue.rs; do echo 'fn main() {}' > "$bench"; done \
    && cargo build --release --locked -p kairos \
    && rm -rf crates/*/src crates/*/benches

# Then Kairos itself (sources, migrations embedded at compile time, offline query data).
COPY .sqlx .sqlx
COPY crates crates
# Newer mtimes than the placeholder build, so cargo rebuilds the workspace crates.
RUN find crates -name '*.rs' -exec touch {} + \
    && cargo build --release --locked -p kairos \
    && install -D -m 0755 target/release/kairos /out/kairos

# --- runtime -----------------------------------------------------------------------------
FROM debian:${DEBIAN_RELEASE}-slim AS runtime
# ca-certificates: TLS to SMTP, webhooks, NATS and the language model.
# postgresql-client: pg_dump/pg_restore for `kairos backup` (the client must be at least the
# server's major version; bookworm ships 15, the version the deploy files run).
# Versions are not pinned: the security updates of the Debian release are wanted.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 kairos \
    && useradd --system --uid 10001 --gid kairos --home-dir /var/lib/kairos --shell /usr/sbin/nologin kairos \
    && install -d -o kairos -g kairos -m 0750 /var/lib/kairos /var/lib/kairos/backups

COPY --from=build /out/kairos /usr/local/bin/kairos

# Listen on every interface inside the container; the API, its metrics and a worker's metrics.
ENV KAIROS_LISTEN=0.0.0.0:8080 \
    KAIROS_METRICS_LISTEN=0.0.0.0:9464 \
    KAIROS_WORKER_METRICS_LISTEN=0.0.0.0:9465 \
    KAIROS_DATA_DIR=/var/lib/kairos \
    KAIROS_LOG_FORMAT=json

USER 10001:10001
WORKDIR /var/lib/kairos
EXPOSE 8080 9464 9465
# Asks /readyz of the API on KAIROS_LISTEN. A worker overrides it with
# `kairos healthcheck --url http://127.0.0.1:9465/metrics` (see deploy/compose.yaml).
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
    CMD ["kairos", "healthcheck"]
ENTRYPOINT ["kairos"]
CMD ["serve"]
