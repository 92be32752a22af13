#pragma once

// Registries of tst_observe whose text moc must not read (it stops at raw strings).

/// Five services of every kind of check; %1 the HTTP server's port, %2 an open TCP port, %3 a closed one.
inline const char *const probedCatalog = R"toml([catalog]
version = "1.0.0"

[services.web]
display_name = "Web"
type = "web"
version = "1.0.0"
image = "web:1"
owner = "@web"
ports = [{ name = "http", port = %1 }]
health_check = { type = "http", path = "/healthz", port = %1, timeout = "2s", headers = { X-Probe = "exporter" } }

[services.admin]
display_name = "Admin"
type = "web"
version = "1.0.0"
image = "admin:1"
owner = "@web"
ports = [{ name = "http", port = 8081, container_port = %1 }]
probes = { readiness = { type = "http", path = "/not-ready", port = %1 } }

[services.cache]
display_name = "Cache"
type = "cache"
version = "7.0.0"
image = "redis:7"
owner = "@web"
ports = [{ name = "redis", port = %2 }]
health_check = { type = "tcp", port = %2 }

[services.queue]
display_name = "Queue"
type = "broker"
version = "3.0.0"
image = "rabbitmq:3"
owner = "@web"
ports = [{ name = "amqp", port = %3 }]
health_check = { type = "tcp", port = %3, timeout = "1s" }

[services.batch]
display_name = "Batch"
type = "job"
version = "1.0.0"
image = "batch:1"
owner = "@web"
health_check = { type = "command", command = "true" }
)toml";

/// A target with a loopback address, one with a template and regions, one without.
inline const char *const probedDeployment = R"toml([targets.staging]
cluster = "c1"
probe_address = "127.0.0.1"

[targets.production]
cluster = "c2"
probe_address = "{service}.{namespace}.svc.cluster.local"

[targets.production.regions.eu]
cluster = "c3"

[targets.production.regions.us]
cluster = "c4"
probe_address = "{service}.us.example"

[targets.dev]
cluster = "c5"
)toml";
