#pragma once

#include "catalog/service.h"

#include <QJsonObject>
#include <QList>

namespace sr {

class GenerationContext;

/// The Kubernetes objects of one service, as JSON objects in apply order. Kubernetes and
/// Terraform output both build on them, so that both deploy the same thing.
struct ServiceObjects
{
    QList<QJsonObject> objects;
    QString workloadKind; ///< Deployment, StatefulSet, Rollout, Job or CronJob
};

ServiceObjects kubernetesObjects(const GenerationContext &context, const Service &service);
QJsonObject namespaceObject(const GenerationContext &context);
/// A ServiceAccount for each account the project's services name, once, by name, unless every
/// service naming it says it exists already (`service_account_exists`): pods that name an
/// account nothing created are refused.
QList<QJsonObject> serviceAccountObjects(const GenerationContext &context);
/// The labels of objects that belong to the project as a whole (namespace, GitOps, rules):
/// app.kubernetes.io/part-of and managed-by.
QJsonObject projectLabels(const GenerationContext &context);
/// The labels every object of a service carries (app.kubernetes.io/*, then the service's own).
QJsonObject recommendedLabels(const GenerationContext &context, const Service &service);
/// A port's name as Kubernetes takes it (an IANA service name); "port-<n>" when it is not one.
QString kubernetesPortName(const Port &port);

} // namespace sr
