// This file is generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.
/* eslint-disable */
export const spec = {
  "openapi": "3.1.0",
  "info": {
    "title": "operational-pilot",
    "version": "0.1.0",
    "description": "Operational Pilot HTTP API: run-readiness of catalog entities, their operational metadata and roles,\nattestations, waivers, build/run handoff actions, production releases, and the portfolio.\nEntity paths use the catalog's `{kind}/{namespace}/{name}` triple. Writes need Backstage user\ncredentials and the matching `operational-pilot.*` permission; versioned records use `ETag`/`If-Match`.\n",
    "license": {
      "name": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "paths": {
    "/health": {
      "get": {
        "operationId": "getHealth",
        "summary": "Liveness of the plugin.",
        "security": [],
        "responses": {
          "200": {
            "description": "The plugin is up.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/model": {
      "get": {
        "operationId": "getModel",
        "summary": "The readiness model in force (categories, criteria, thresholds, levels, action templates).",
        "responses": {
          "200": {
            "description": "The model.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReadinessModel"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/readiness": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        }
      ],
      "get": {
        "operationId": "getReadiness",
        "summary": "Evaluated readiness of an entity (score, verdict, level, criteria, blockers, next steps); for a System, also the rollup of its components' stored evaluations.",
        "responses": {
          "200": {
            "description": "The stored evaluation (evaluated now if none is stored or it is out of date).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityReadiness"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/evaluate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        }
      ],
      "post": {
        "operationId": "evaluateEntity",
        "summary": "Re-evaluate an entity now (e.g. after a catalog-info.yaml change); needs the operations update permission.",
        "responses": {
          "200": {
            "description": "The fresh evaluation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityReadiness"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/operations": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        }
      ],
      "get": {
        "operationId": "getOperations",
        "summary": "Operational metadata and roles (version 0 and empty metadata when none was entered yet), with the sensitive changes pending the POA's decision (`pendingProposals`).",
        "responses": {
          "200": {
            "description": "The record; its version is in the ETag header.",
            "headers": {
              "ETag": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationsRecord"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "put": {
        "operationId": "putOperations",
        "summary": "Replace the operational metadata. Requires If-Match with the version read. A change to the tier, the roles, the support groups, the SLO owner or the continuity agreement by someone who is neither the entity's POA, a member of a POA group nor an approver is held as a proposal (202; the other fields apply) or refused (403, `governance.sensitiveChanges: refuse`).",
        "parameters": [
          {
            "$ref": "#/components/parameters/ifMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "metadata"
                ],
                "properties": {
                  "metadata": {
                    "$ref": "#/components/schemas/OperationalMetadata"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The stored record with its new ETag.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationsRecord"
                }
              }
            }
          },
          "202": {
            "description": "Sensitive fields held as a proposal for the POA (listed in `held`); every other field was applied. The body is the record as stored now, with the proposal.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationsProposed"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/operations/proposals/{id}/accept": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        },
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "post": {
        "operationId": "acceptOperationsProposal",
        "summary": "The POA (or a POA-group member, or an approver; never the author) accepts a pending proposal: its changes apply to the current metadata (409 when a field changed since the proposal).",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProposalDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The stored record with its new ETag, and the accepted proposal.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationsProposalAccepted"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/operations/proposals/{id}/reject": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        },
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "post": {
        "operationId": "rejectOperationsProposal",
        "summary": "Reject a pending proposal (whoever may accept it), or withdraw it (its author). Nothing changes.",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProposalDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The rejected proposal.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationsProposal"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/attestations": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        }
      ],
      "get": {
        "operationId": "listAttestations",
        "summary": "Attestations recorded on the entity, newest first.",
        "parameters": [
          {
            "name": "criterionId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The attestations of the entity.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AttestationList"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "post": {
        "operationId": "createAttestation",
        "summary": "Record an attestation with evidence.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateAttestationRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created attestation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Attestation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/attestations/{id}/countersign": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "post": {
        "operationId": "countersignAttestation",
        "summary": "Countersign an attestation: someone other than the assessor (409), holding one of the criterion's `signedBy` roles when it has some (403 naming the role and its holder).",
        "responses": {
          "200": {
            "description": "The countersigned attestation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Attestation"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/attestations/{id}/approve": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "post": {
        "operationId": "approveAttestation",
        "summary": "Approve a not-applicable declaration (an exemption) on the waiver-approve permission: never by the declarer (409), scoped by category like waivers (403), before its review date (409).",
        "responses": {
          "200": {
            "description": "The approved declaration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Attestation"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/waivers": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        }
      ],
      "get": {
        "operationId": "listWaivers",
        "summary": "Waivers (risk acceptances) of the entity.",
        "responses": {
          "200": {
            "description": "The waivers of the entity.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WaiverList"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "post": {
        "operationId": "requestWaiver",
        "summary": "Request a waiver with a reason and a bounded expiry.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateWaiverRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The requested waiver.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Waiver"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/waivers/{id}/approve": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "post": {
        "operationId": "approveWaiver",
        "summary": "Approve a requested waiver (approver role): never by the requester (409); a SEC criterion by the entity's security approver or a member of `approverGroupsByCategory.SEC` (403).",
        "responses": {
          "200": {
            "description": "The approved waiver.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Waiver"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/waivers/{id}/reject": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "post": {
        "operationId": "rejectWaiver",
        "summary": "Reject a requested waiver (approver role); the reason is stored with the waiver as `rejectionReason`.",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "reason": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 5000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The rejected waiver.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Waiver"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/waivers/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "delete": {
        "operationId": "revokeWaiver",
        "summary": "Revoke a waiver (approver role). The record is kept, with status revoked.",
        "responses": {
          "200": {
            "description": "The revoked waiver.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Waiver"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/actions": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        }
      ],
      "get": {
        "operationId": "listActions",
        "summary": "Handoff actions of the entity.",
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/ActionStatus"
              }
            }
          },
          {
            "name": "phase",
            "in": "query",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/Phase"
              }
            }
          },
          {
            "name": "releaseId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The handoff actions of the entity.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HandoffActionList"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "post": {
        "operationId": "createAction",
        "summary": "Create a handoff action (from scratch or from a template).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateActionRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created action.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HandoffAction"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/actions/propose": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        }
      ],
      "post": {
        "operationId": "proposeActions",
        "summary": "Propose one action for every failing criterion that has none yet.",
        "responses": {
          "200": {
            "description": "The proposed actions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HandoffActionList"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/actions/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "get": {
        "operationId": "getAction",
        "summary": "One handoff action; its version is in the ETag header.",
        "responses": {
          "200": {
            "description": "The action.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HandoffAction"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "patch": {
        "operationId": "updateAction",
        "summary": "Update fields or move the status (legal transitions only). Requires If-Match. `done` on an action whose criterion is attested needs `evidenceUrl` (400); `verified` is for the POA or run side, never the assignee (403); `risk_accepted` requests a waiver (status `requested`) that someone else approves.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ifMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateActionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated action.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HandoffAction"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/releases": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        }
      ],
      "get": {
        "operationId": "listReleases",
        "summary": "Production releases of the entity, by planned date.",
        "responses": {
          "200": {
            "description": "The releases, latest planned first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReleaseList"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "post": {
        "operationId": "createRelease",
        "summary": "Plan a production release.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateReleaseRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The planned release; its revision is in the ETag header.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/releases/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "get": {
        "operationId": "getRelease",
        "summary": "One release; its revision is in the ETag header.",
        "responses": {
          "200": {
            "description": "The release.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "patch": {
        "operationId": "updateRelease",
        "summary": "Update a release or move its status (illegal transitions are 400; a move whose condition is not met, such as deploying without a \"go\" or closing before the hand-over is signed, is 409). Once a go/no-go decision is recorded the kind is frozen; once deployed only the status and the hypercare plan change (409 naming the field). Decisions go through POST /releases/{id}/decisions. Requires If-Match.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ifMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateReleaseRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated release; its new revision is in the ETag header.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/releases/{id}/gate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "get": {
        "operationId": "getReleaseGates",
        "summary": "The release's two gates (go/no-go and hand-over to run), evaluated now.",
        "responses": {
          "200": {
            "description": "Both gates with their criteria, verdicts, blockers and what is missing.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReleaseGates"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/releases/{id}/decisions": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "get": {
        "operationId": "listReleaseDecisions",
        "summary": "Go/no-go decisions of the release, newest first, each with its frozen gate snapshot.",
        "responses": {
          "200": {
            "description": "The decisions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReleaseDecisionList"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "post": {
        "operationId": "createReleaseDecision",
        "summary": "Record a go/no-go decision (release planned or at go/no-go; a planned release moves to go/no-go). Each approver must be a user holding a decision role (business owner, owner, ops owner, POA) directly or through a group. \"go\" on a gate that is not ready needs an overrideReason. The gate is frozen in the decision's snapshot. If-Match is optional (checked when sent); the release's new revision is in the ETag.",
        "parameters": [
          {
            "$ref": "#/components/parameters/optionalIfMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The decision record.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReleaseDecision"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/releases/{id}/decision-approvers": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "get": {
        "operationId": "getDecisionApprovers",
        "summary": "Who should approve a go/no-go, prefilled from the holders of the decision roles.",
        "responses": {
          "200": {
            "description": "One item per assigned decision role.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DecisionApproversResponse"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/releases/{id}/handover/signatures": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "post": {
        "operationId": "signReleaseHandover",
        "summary": "Sign the hand-over to run (PV de passage en run) for one role, while the release is deployed or in hypercare. The role must be a required signatory (400) and the caller must hold it (403); a role signs once (409). When every required role has signed, `handover.completedAt` is set. If-Match is optional.",
        "parameters": [
          {
            "$ref": "#/components/parameters/optionalIfMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SignHandoverRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The release with the new signature; its new revision is in the ETag header.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/releases/{id}/outcome": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "post": {
        "operationId": "recordReleaseOutcome",
        "summary": "Record (or replace) how the release went, once deployed; each lesson becomes a follow-up action (phase `after`). The gate verdict of the last \"go\" decision is stored with the outcome. If-Match is optional.",
        "parameters": [
          {
            "$ref": "#/components/parameters/optionalIfMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RecordOutcomeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release with its outcome; its new revision is in the ETag header.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/releases/{id}/checklist": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "post": {
        "operationId": "generateReleaseChecklist",
        "summary": "The release checklist: one handoff action per applicable action template (before, during and after the release), due at the template's offset from the window start (or planned date), owed by the template's side and assigned to the holder of the matching role. Templates whose criterion already has an open action of this release, or whose criteria are not enabled, are skipped. With `preview: true` nothing is created; otherwise the given (edited) `items`, or the proposal as is, are created in one audited transaction. Open releases only (409). Needs the action create permission on the release's entity.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GenerateChecklistRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The proposal (preview).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChecklistPreviewResponse"
                }
              }
            }
          },
          "201": {
            "description": "The created actions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HandoffActionList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/releases/{id}/dossier": {
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "get": {
        "operationId": "getReleaseDossier",
        "summary": "The CAB dossier of the release, from the gate frozen at its latest go/no-go decision (or the live gates before any decision): release and change, run readiness, go/no-go gate with blockers and reservations, decisions, attestations with evidence, actions per phase, roles, rollback and hypercare plans, hand-over signatures, outcome and follow-ups. `Accept: text/markdown` for Markdown, `Accept: text/html` for a printable HTML page; anything else is 406. French with `lang=fr` or `Accept-Language: fr`, else English.",
        "parameters": [
          {
            "name": "lang",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "en",
                "fr"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The dossier.",
            "content": {
              "text/markdown": {
                "schema": {
                  "type": "string"
                }
              },
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "406": {
            "description": "Neither text/markdown nor text/html was asked for.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/history": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        }
      ],
      "get": {
        "operationId": "getHistory",
        "summary": "Daily score snapshots for the trend.",
        "parameters": [
          {
            "name": "days",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 3660
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Daily readiness points, oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HistoryList"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/audit": {
      "parameters": [
        {
          "$ref": "#/components/parameters/kind"
        },
        {
          "$ref": "#/components/parameters/namespace"
        },
        {
          "$ref": "#/components/parameters/name"
        }
      ],
      "get": {
        "operationId": "getAudit",
        "summary": "Change log of the entity's operational data, newest first.",
        "parameters": [
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          }
        ],
        "responses": {
          "200": {
            "description": "The audit trail of the entity, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuditList"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/portfolio": {
      "get": {
        "operationId": "getPortfolio",
        "summary": "Paginated, sorted, filtered readiness of all entities, with a summary of the filtered set.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "$ref": "#/components/parameters/verdictFilter"
          },
          {
            "$ref": "#/components/parameters/levelFilter"
          },
          {
            "$ref": "#/components/parameters/poaFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleMismatchFilter"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/orderBy"
          },
          {
            "$ref": "#/components/parameters/order"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          }
        ],
        "responses": {
          "200": {
            "description": "One page.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PortfolioResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/portfolio/export.csv": {
      "get": {
        "operationId": "exportPortfolio",
        "summary": "The filtered portfolio as CSV (all pages, streamed).",
        "description": "Same filters, order and catalog read access as `/portfolio`. Rows are read by key (sort value + entity\nref), each written once even while rows are inserted or updated during the export; a row met late (moved\nbehind the cursor) is written at the end.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "$ref": "#/components/parameters/verdictFilter"
          },
          {
            "$ref": "#/components/parameters/levelFilter"
          },
          {
            "$ref": "#/components/parameters/poaFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleMismatchFilter"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/orderBy"
          },
          {
            "$ref": "#/components/parameters/order"
          },
          {
            "name": "lang",
            "in": "query",
            "description": "`fr` gives French column titles and verdict/level labels (also chosen by `Accept-Language: fr`); English keeps the stable machine column names.",
            "schema": {
              "type": "string",
              "enum": [
                "en",
                "fr"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "CSV.",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/portfolio/trend": {
      "get": {
        "operationId": "getPortfolioTrend",
        "summary": "Average score per day, grouped by owner, system or tier, or of the whole portfolio.",
        "description": "Follows catalog read access like `/portfolio`: no series without catalog read access; with a conditional\ncatalog policy, only the snapshots of the entities the catalog shows the caller. `groupBy=portfolio` gives\none series (key `portfolio`). Owner, system and tier filter the daily snapshots as they were that day; the\nother portfolio filters keep the history of the entities matching them today (the table's filtered set).\n",
        "parameters": [
          {
            "name": "groupBy",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "enum": [
                "owner",
                "system",
                "tier",
                "portfolio"
              ]
            }
          },
          {
            "name": "days",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 3660
            }
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "$ref": "#/components/parameters/verdictFilter"
          },
          {
            "$ref": "#/components/parameters/levelFilter"
          },
          {
            "$ref": "#/components/parameters/poaFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleMismatchFilter"
          },
          {
            "$ref": "#/components/parameters/q"
          }
        ],
        "responses": {
          "200": {
            "description": "Series.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrendResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/portfolio/releases": {
      "get": {
        "operationId": "getReleaseCalendar",
        "summary": "The release calendar: open releases (planned → hypercare) planned between `from` and `to` (both included; default today → +90 days) of the entities matching the portfolio filters and visible to the caller, with their gate verdicts and open go/no-go blockers; earliest first, at most 500.",
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/Date"
            }
          },
          {
            "name": "to",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/Date"
            }
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "$ref": "#/components/parameters/verdictFilter"
          },
          {
            "$ref": "#/components/parameters/levelFilter"
          },
          {
            "$ref": "#/components/parameters/poaFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleMismatchFilter"
          },
          {
            "$ref": "#/components/parameters/q"
          }
        ],
        "responses": {
          "200": {
            "description": "The releases, by planned date.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReleaseCalendarResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/portfolio/change-success": {
      "get": {
        "operationId": "getChangeSuccess",
        "summary": "Change success rate: releases whose outcome was recorded in the last `months` months (this one included), per owner or system and per month (success = success or success with incidents), and per go/no-go gate verdict frozen at the \"go\" decision (readiness at go versus outcome). Portfolio filters and catalog read access apply.",
        "parameters": [
          {
            "name": "groupBy",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "owner",
                "system"
              ]
            }
          },
          {
            "name": "months",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 36
            }
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "$ref": "#/components/parameters/verdictFilter"
          },
          {
            "$ref": "#/components/parameters/levelFilter"
          },
          {
            "$ref": "#/components/parameters/poaFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleMismatchFilter"
          },
          {
            "$ref": "#/components/parameters/q"
          }
        ],
        "responses": {
          "200": {
            "description": "Success rates per group and month, and per gate verdict at go.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChangeSuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/portfolio/rollups": {
      "get": {
        "operationId": "getPortfolioRollups",
        "summary": "Per team (owner) or system of the filtered portfolio: verdict counts, average score, open blockers and overdue actions, worst groups first (most not-ready, then lowest average). Aggregated in SQL; portfolio filters and catalog read access apply as for `/portfolio`.",
        "parameters": [
          {
            "name": "groupBy",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "owner",
                "system"
              ]
            }
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Groups listed (default 20).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "$ref": "#/components/parameters/verdictFilter"
          },
          {
            "$ref": "#/components/parameters/levelFilter"
          },
          {
            "$ref": "#/components/parameters/poaFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleMismatchFilter"
          },
          {
            "$ref": "#/components/parameters/q"
          }
        ],
        "responses": {
          "200": {
            "description": "The worst groups and how many groups the filtered set has.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PortfolioRollups"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/portfolio/highlights": {
      "get": {
        "operationId": "getPortfolioHighlights",
        "summary": "What changed in the filtered portfolio: the biggest score drops over the last `days` days (current score versus the entity's oldest daily snapshot in the window), the approved waivers still running and those expiring within 30 days. Aggregated in SQL; portfolio filters and catalog read access apply.",
        "parameters": [
          {
            "name": "days",
            "in": "query",
            "description": "Window of the drops (default 7).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 90
            }
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Drops and expiring waivers listed (default 10).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 50
            }
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "$ref": "#/components/parameters/verdictFilter"
          },
          {
            "$ref": "#/components/parameters/levelFilter"
          },
          {
            "$ref": "#/components/parameters/poaFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleMismatchFilter"
          },
          {
            "$ref": "#/components/parameters/q"
          }
        ],
        "responses": {
          "200": {
            "description": "Drops and waivers of the filtered portfolio.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PortfolioHighlights"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/portfolio/heatmap": {
      "get": {
        "operationId": "getPortfolioHeatmap",
        "summary": "Per team (owner) × category of the filtered portfolio: entities, share of the applicable criterion results that pass (pass, expiring, grace) and failing results (fail, stale, unknown); worst teams first (lowest passing share). Aggregated in SQL from the stored per-criterion outcomes; portfolio filters and catalog read access apply as for `/portfolio`.",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "description": "Teams listed (default 20).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "$ref": "#/components/parameters/verdictFilter"
          },
          {
            "$ref": "#/components/parameters/levelFilter"
          },
          {
            "$ref": "#/components/parameters/poaFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleMismatchFilter"
          },
          {
            "$ref": "#/components/parameters/q"
          }
        ],
        "responses": {
          "200": {
            "description": "The worst teams with one cell per category, and how many teams the filtered set has.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PortfolioHeatmap"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/portfolio/failing-criteria": {
      "get": {
        "operationId": "getPortfolioFailingCriteria",
        "summary": "The criteria failed (fail, stale, unknown) by the most entities of the filtered portfolio, with how many of those failures are blocking and the share of the filtered entities failing each. Aggregated in SQL from the stored per-criterion outcomes; portfolio filters and catalog read access apply as for `/portfolio`.",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "description": "Criteria listed (default 10).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "$ref": "#/components/parameters/verdictFilter"
          },
          {
            "$ref": "#/components/parameters/levelFilter"
          },
          {
            "$ref": "#/components/parameters/poaFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleMismatchFilter"
          },
          {
            "$ref": "#/components/parameters/q"
          }
        ],
        "responses": {
          "200": {
            "description": "The most failing criteria, most failing first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PortfolioFailingCriteria"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/operations/roles": {
      "get": {
        "operationId": "listOperationsRoles",
        "summary": "The tier and run roles of every entity with operational metadata, in one response: for bulk readers such as the catalog module (a service token) that labels entities with their tier and relates them to their POA and ops owner. Follows catalog read access like the portfolio (a user sees only the entities the catalog lets them see).",
        "responses": {
          "200": {
            "description": "One item per entity with operational metadata, by entity ref.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OperationsRolesList"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/evaluations/run": {
      "post": {
        "operationId": "runEvaluations",
        "summary": "Request a full re-evaluation of the whole portfolio (administrators); the next scheduled pass on any replica runs it once.",
        "responses": {
          "202": {
            "description": "Triggered.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EvaluationsTriggered"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "kind": {
        "name": "kind",
        "in": "path",
        "required": true,
        "description": "The entity kind, as in an entity ref (letters and digits, starting with a letter).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 63,
          "pattern": "^[A-Za-z][A-Za-z0-9]*$"
        }
      },
      "namespace": {
        "name": "namespace",
        "in": "path",
        "required": true,
        "description": "The entity namespace (letters, digits and dashes; no `/`, `:` or dots).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 63,
          "pattern": "^[A-Za-z0-9]+(-+[A-Za-z0-9]+)*$"
        }
      },
      "name": {
        "name": "name",
        "in": "path",
        "required": true,
        "description": "The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 253,
          "pattern": "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"
        }
      },
      "id": {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        }
      },
      "ifMatch": {
        "name": "If-Match",
        "in": "header",
        "description": "The ETag read with GET. Required; 428 when missing, 412 when stale.",
        "schema": {
          "type": "string"
        }
      },
      "optionalIfMatch": {
        "name": "If-Match",
        "in": "header",
        "required": false,
        "description": "The release's ETag as read; when sent, a stale value is 412.",
        "schema": {
          "type": "string"
        }
      },
      "limit": {
        "name": "limit",
        "in": "query",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 500
        }
      },
      "offset": {
        "name": "offset",
        "in": "query",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000000
        }
      },
      "ownerFilter": {
        "name": "owner",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "systemFilter": {
        "name": "system",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "domainFilter": {
        "name": "domain",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "kindFilter": {
        "name": "kind",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "tierFilter": {
        "name": "tier",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/Tier"
          }
        }
      },
      "verdictFilter": {
        "name": "verdict",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "not-ready",
              "ready-with-reservations",
              "ready-for-run"
            ]
          }
        }
      },
      "levelFilter": {
        "name": "level",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "none",
              "bronze",
              "silver",
              "gold"
            ]
          }
        }
      },
      "lifecycleMismatchFilter": {
        "name": "lifecycleMismatch",
        "in": "query",
        "description": "`true`: only entities whose catalog lifecycle disagrees with the hand-over to run.",
        "schema": {
          "type": "boolean"
        }
      },
      "poaFilter": {
        "name": "poa",
        "in": "query",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "q": {
        "name": "q",
        "in": "query",
        "schema": {
          "type": "string",
          "maxLength": 200
        }
      },
      "orderBy": {
        "name": "orderBy",
        "in": "query",
        "schema": {
          "type": "string",
          "enum": [
            "entityRef",
            "title",
            "kind",
            "owner",
            "system",
            "tier",
            "poa",
            "score",
            "verdict",
            "level",
            "blockers",
            "openActions",
            "overdueActions",
            "evaluatedAt"
          ]
        }
      },
      "order": {
        "name": "order",
        "in": "query",
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ]
        }
      }
    },
    "responses": {
      "Error": {
        "description": "Any other outcome: an error, in the one error shape of the API (`error.name` and `error.message`; on an invalid body, `fieldErrors` naming each field).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "BadRequest": {
        "description": "Invalid input; `fieldErrors` names each invalid field. Nothing was changed.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The caller lacks the permission for this entity.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such entity in the catalog (or not visible to the caller), or no such record.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Conflict": {
        "description": "The record is not in a state that allows this change.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "PreconditionFailed": {
        "description": "If-Match is stale; someone else changed the record. Reload and retry.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "PreconditionRequired": {
        "description": "If-Match is missing.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "schemas": {
      "Error": {
        "description": "The one error shape of every 4xx and 5xx answer.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "error",
          "request",
          "response"
        ],
        "properties": {
          "error": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "name",
              "message"
            ],
            "properties": {
              "name": {
                "description": "The error's class, e.g. `InputError`, `NotFoundError`, `ConflictError`.",
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          },
          "request": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "method",
              "url"
            ],
            "properties": {
              "method": {
                "type": "string"
              },
              "url": {
                "type": "string"
              }
            }
          },
          "response": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "statusCode"
            ],
            "properties": {
              "statusCode": {
                "type": "integer"
              }
            }
          },
          "fieldErrors": {
            "description": "On a 400 (or a 409 about fields), each invalid field with its dotted path and what is wrong.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FieldError"
            }
          }
        }
      },
      "FieldError": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "path",
          "message"
        ],
        "properties": {
          "path": {
            "description": "Dotted path of the field, e.g. `metadata.sla.availability` or `query.limit`.",
            "type": "string"
          },
          "message": {
            "type": "string"
          }
        }
      },
      "Tier": {
        "type": "string",
        "enum": [
          "T1",
          "T2",
          "T3"
        ]
      },
      "Phase": {
        "type": "string",
        "enum": [
          "before",
          "during",
          "after",
          "run"
        ]
      },
      "Side": {
        "type": "string",
        "enum": [
          "build",
          "run",
          "poa",
          "business",
          "security",
          "vendor"
        ]
      },
      "ActionStatus": {
        "type": "string",
        "enum": [
          "proposed",
          "open",
          "in_progress",
          "blocked",
          "done",
          "verified",
          "risk_accepted",
          "cancelled"
        ]
      },
      "ActionPriority": {
        "type": "string",
        "enum": [
          "blocking",
          "major",
          "minor"
        ]
      },
      "EntityRef": {
        "description": "A catalog entity reference such as `user:default/alice` or `group:default/run-ops`.",
        "type": "string",
        "pattern": "^([A-Za-z0-9_-]+:)?([A-Za-z0-9._-]+/)?[A-Za-z0-9._-]+$",
        "maxLength": 300
      },
      "HttpUrl": {
        "description": "An http(s) URL.",
        "type": "string",
        "pattern": "^https?://[^\\s]+$",
        "maxLength": 2000
      },
      "Date": {
        "description": "A real calendar date, YYYY-MM-DD (2026-02-30 is refused).",
        "type": "string",
        "format": "date",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
      },
      "DateTime": {
        "description": "A real date-time WITH its time zone, `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or `±HH:MM` (`2026-06-30T10:00:00Z`), or a real date `YYYY-MM-DD`, read as midnight UTC. A date-time without a time zone (`2026-06-30T10:00:00`) and an impossible date or time (`2026-06-31T10:00:00Z`) are refused.",
        "type": "string",
        "format": "date-or-date-time",
        "maxLength": 40
      },
      "ShortText": {
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "LongText": {
        "type": "string",
        "maxLength": 5000
      },
      "SupportLevel": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "group"
        ],
        "properties": {
          "group": {
            "$ref": "#/components/schemas/EntityRef"
          },
          "hours": {
            "type": "string",
            "maxLength": 200
          }
        }
      },
      "OperationalMetadata": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "tier": {
            "$ref": "#/components/schemas/Tier"
          },
          "stateful": {
            "type": "boolean"
          },
          "roles": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "poa": {
                "$ref": "#/components/schemas/EntityRef"
              },
              "opsOwner": {
                "$ref": "#/components/schemas/EntityRef"
              },
              "businessOwner": {
                "$ref": "#/components/schemas/EntityRef"
              },
              "serviceOwner": {
                "$ref": "#/components/schemas/EntityRef"
              },
              "securityApprover": {
                "$ref": "#/components/schemas/EntityRef"
              }
            }
          },
          "support": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "l1": {
                "$ref": "#/components/schemas/SupportLevel"
              },
              "l2": {
                "$ref": "#/components/schemas/SupportLevel"
              },
              "l3": {
                "$ref": "#/components/schemas/SupportLevel"
              }
            }
          },
          "onCall": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "provider": {
                "type": "string",
                "enum": [
                  "pagerduty",
                  "opsgenie",
                  "other"
                ]
              },
              "reference": {
                "type": "string",
                "maxLength": 200
              },
              "scheduleUrl": {
                "$ref": "#/components/schemas/HttpUrl"
              }
            }
          },
          "serviceHours": {
            "type": "string",
            "maxLength": 200
          },
          "supportHours": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "businessHours": {
                "type": "string",
                "maxLength": 200
              },
              "offHours": {
                "type": "string",
                "enum": [
                  "on-call",
                  "best-effort",
                  "none"
                ]
              }
            }
          },
          "sla": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "availability": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 100
              },
              "p1ResponseMinutes": {
                "type": "integer",
                "minimum": 1,
                "maximum": 100000
              },
              "p1RestoreMinutes": {
                "type": "integer",
                "minimum": 1,
                "maximum": 100000
              },
              "agreedAt": {
                "$ref": "#/components/schemas/Date"
              },
              "docUrl": {
                "$ref": "#/components/schemas/HttpUrl"
              }
            }
          },
          "slo": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "availability": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 100
              },
              "latencyP99Ms": {
                "type": "integer",
                "minimum": 1,
                "maximum": 3600000
              },
              "owner": {
                "$ref": "#/components/schemas/EntityRef"
              }
            }
          },
          "continuity": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "rtoMinutes": {
                "type": "integer",
                "minimum": 0,
                "maximum": 525600
              },
              "rpoMinutes": {
                "type": "integer",
                "minimum": 0,
                "maximum": 525600
              },
              "drStrategy": {
                "type": "string",
                "enum": [
                  "backup-restore",
                  "pilot-light",
                  "warm-standby",
                  "active-active"
                ]
              },
              "agreedBy": {
                "$ref": "#/components/schemas/EntityRef"
              },
              "agreedAt": {
                "$ref": "#/components/schemas/Date"
              }
            }
          },
          "dict": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "d": {
                "type": "integer",
                "minimum": 0,
                "maximum": 4
              },
              "i": {
                "type": "integer",
                "minimum": 0,
                "maximum": 4
              },
              "c": {
                "type": "integer",
                "minimum": 0,
                "maximum": 4
              },
              "t": {
                "type": "integer",
                "minimum": 0,
                "maximum": 4
              },
              "personalData": {
                "type": "boolean"
              }
            }
          },
          "alerting": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "source": {
                "type": "string",
                "maxLength": 200
              },
              "url": {
                "$ref": "#/components/schemas/HttpUrl"
              }
            }
          },
          "itsm": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "ci": {
                "type": "string",
                "maxLength": 200
              },
              "assignmentGroup": {
                "type": "string",
                "maxLength": 200
              }
            }
          },
          "environments": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name"
              ],
              "properties": {
                "name": {
                  "$ref": "#/components/schemas/ShortText"
                },
                "url": {
                  "$ref": "#/components/schemas/HttpUrl"
                },
                "hosting": {
                  "type": "string",
                  "maxLength": 200
                },
                "region": {
                  "type": "string",
                  "maxLength": 100
                }
              }
            }
          },
          "maintenanceWindows": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "days",
                "start",
                "durationMinutes"
              ],
              "properties": {
                "days": {
                  "description": "Comma-separated days of the week (MO,TU,WE,TH,FR,SA,SU).",
                  "type": "string",
                  "pattern": "^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$"
                },
                "start": {
                  "type": "string",
                  "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$"
                },
                "durationMinutes": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 10080
                },
                "timezone": {
                  "type": "string",
                  "maxLength": 64
                }
              }
            }
          },
          "freezePeriods": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "from",
                "to"
              ],
              "properties": {
                "from": {
                  "$ref": "#/components/schemas/Date"
                },
                "to": {
                  "$ref": "#/components/schemas/Date"
                },
                "reason": {
                  "type": "string",
                  "maxLength": 500
                }
              }
            }
          },
          "trainedPeople": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10000
          },
          "vendors": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name"
              ],
              "properties": {
                "name": {
                  "$ref": "#/components/schemas/ShortText"
                },
                "contractUrl": {
                  "$ref": "#/components/schemas/HttpUrl"
                },
                "supportExpiresAt": {
                  "$ref": "#/components/schemas/Date"
                }
              }
            }
          },
          "notes": {
            "$ref": "#/components/schemas/LongText"
          }
        }
      },
      "CreateAttestationRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "criterionId",
          "state"
        ],
        "properties": {
          "criterionId": {
            "$ref": "#/components/schemas/ShortText"
          },
          "releaseId": {
            "type": "string",
            "maxLength": 64
          },
          "state": {
            "type": "string",
            "enum": [
              "compliant",
              "non-compliant",
              "not-applicable"
            ]
          },
          "justification": {
            "$ref": "#/components/schemas/LongText"
          },
          "evidence": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "url"
              ],
              "properties": {
                "url": {
                  "$ref": "#/components/schemas/HttpUrl"
                },
                "description": {
                  "type": "string",
                  "maxLength": 500
                }
              }
            }
          },
          "assessedAt": {
            "$ref": "#/components/schemas/DateTime"
          },
          "expiresAt": {
            "$ref": "#/components/schemas/DateTime"
          },
          "comment": {
            "$ref": "#/components/schemas/LongText"
          },
          "reviewBy": {
            "description": "`not-applicable` only: when the exemption is reviewed (it lapses then); at most `waivers.maxDays` ahead, which is the default.",
            "allOf": [
              {
                "$ref": "#/components/schemas/DateTime"
              }
            ]
          }
        }
      },
      "Attestation": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "entityRef",
          "criterionId",
          "state",
          "evidence",
          "assessedBy",
          "assessedAt",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "criterionId": {
            "type": "string"
          },
          "releaseId": {
            "type": "string"
          },
          "state": {
            "type": "string",
            "enum": [
              "compliant",
              "non-compliant",
              "not-applicable"
            ]
          },
          "justification": {
            "type": "string"
          },
          "evidence": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "url"
              ],
              "properties": {
                "url": {
                  "type": "string"
                },
                "description": {
                  "type": "string"
                }
              }
            }
          },
          "assessedBy": {
            "type": "string"
          },
          "assessedAt": {
            "type": "string"
          },
          "expiresAt": {
            "type": "string"
          },
          "comment": {
            "type": "string"
          },
          "countersignedBy": {
            "type": "string"
          },
          "countersignedAt": {
            "type": "string"
          },
          "reviewBy": {
            "description": "Not-applicable exemption only; it lapses then.",
            "type": "string"
          },
          "approvedBy": {
            "description": "Not-applicable exemption only; the approver (never the declarer).",
            "type": "string"
          },
          "approvedAt": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          }
        }
      },
      "OperationsChange": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "path"
        ],
        "properties": {
          "path": {
            "description": "Dotted path in the operational metadata, e.g. `roles.poa` or `support.l2.group`.",
            "type": "string"
          },
          "before": {
            "description": "Absent when the field was not set."
          },
          "after": {
            "description": "Absent when the change clears the field."
          }
        }
      },
      "OperationsProposal": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "entityRef",
          "status",
          "changes",
          "proposedBy",
          "proposedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "accepted",
              "rejected"
            ]
          },
          "changes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OperationsChange"
            }
          },
          "proposedBy": {
            "type": "string"
          },
          "proposedAt": {
            "type": "string"
          },
          "decidedBy": {
            "type": "string"
          },
          "decidedAt": {
            "type": "string"
          },
          "comment": {
            "type": "string"
          }
        }
      },
      "OperationsRecord": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "version",
          "metadata"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          },
          "metadata": {
            "$ref": "#/components/schemas/OperationalMetadata"
          },
          "updatedAt": {
            "type": "string"
          },
          "updatedBy": {
            "type": "string"
          },
          "pendingProposals": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OperationsProposal"
            }
          }
        }
      },
      "OperationsRolesList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "entityRef",
                "roles"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "tier": {
                  "$ref": "#/components/schemas/Tier"
                },
                "roles": {
                  "description": "Role name (`poa`, `opsOwner`, `businessOwner`, `serviceOwner`, `securityApprover`) to entity ref.",
                  "type": "object",
                  "additionalProperties": {
                    "type": "string"
                  }
                }
              }
            }
          }
        }
      },
      "OperationsProposed": {
        "description": "The record as stored now (as `OperationsRecord`), with the proposal that holds the sensitive fields.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "version",
          "metadata",
          "proposal",
          "held"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          },
          "metadata": {
            "$ref": "#/components/schemas/OperationalMetadata"
          },
          "updatedAt": {
            "type": "string"
          },
          "updatedBy": {
            "type": "string"
          },
          "pendingProposals": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OperationsProposal"
            }
          },
          "proposal": {
            "$ref": "#/components/schemas/OperationsProposal"
          },
          "held": {
            "description": "The paths held in the proposal.",
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "OperationsProposalAccepted": {
        "description": "The record after the proposal was applied (as `OperationsRecord`), with the accepted proposal.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "version",
          "metadata",
          "proposal"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          },
          "metadata": {
            "$ref": "#/components/schemas/OperationalMetadata"
          },
          "updatedAt": {
            "type": "string"
          },
          "updatedBy": {
            "type": "string"
          },
          "pendingProposals": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OperationsProposal"
            }
          },
          "proposal": {
            "$ref": "#/components/schemas/OperationsProposal"
          }
        }
      },
      "ProposalDecisionRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "comment": {
            "$ref": "#/components/schemas/LongText"
          }
        }
      },
      "CreateWaiverRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "criterionId",
          "reason",
          "expiresAt"
        ],
        "properties": {
          "criterionId": {
            "$ref": "#/components/schemas/ShortText"
          },
          "reason": {
            "type": "string",
            "minLength": 3,
            "maxLength": 5000
          },
          "expiresAt": {
            "$ref": "#/components/schemas/DateTime"
          },
          "actionId": {
            "type": "string",
            "maxLength": 64
          },
          "releaseId": {
            "description": "Bind the waiver to one release of the entity (required for release-scoped criteria).",
            "type": "string",
            "maxLength": 64
          }
        }
      },
      "CreateActionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "phase",
          "side"
        ],
        "properties": {
          "title": {
            "$ref": "#/components/schemas/ShortText"
          },
          "description": {
            "$ref": "#/components/schemas/LongText"
          },
          "phase": {
            "$ref": "#/components/schemas/Phase"
          },
          "side": {
            "$ref": "#/components/schemas/Side"
          },
          "assigneeRef": {
            "$ref": "#/components/schemas/EntityRef"
          },
          "dueDate": {
            "$ref": "#/components/schemas/Date"
          },
          "priority": {
            "$ref": "#/components/schemas/ActionPriority"
          },
          "status": {
            "type": "string",
            "enum": [
              "proposed",
              "open"
            ]
          },
          "criterionId": {
            "$ref": "#/components/schemas/ShortText"
          },
          "releaseId": {
            "type": "string",
            "maxLength": 64
          },
          "externalTicketUrl": {
            "$ref": "#/components/schemas/HttpUrl"
          },
          "templateId": {
            "type": "string",
            "maxLength": 64
          }
        }
      },
      "UpdateActionRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "title": {
            "$ref": "#/components/schemas/ShortText"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 5000
          },
          "phase": {
            "$ref": "#/components/schemas/Phase"
          },
          "side": {
            "$ref": "#/components/schemas/Side"
          },
          "assigneeRef": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/EntityRef"
              },
              {
                "type": "null"
              }
            ]
          },
          "dueDate": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Date"
              },
              {
                "type": "null"
              }
            ]
          },
          "priority": {
            "$ref": "#/components/schemas/ActionPriority"
          },
          "status": {
            "$ref": "#/components/schemas/ActionStatus"
          },
          "evidenceUrl": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/HttpUrl"
              },
              {
                "type": "null"
              }
            ]
          },
          "externalTicketUrl": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/HttpUrl"
              },
              {
                "type": "null"
              }
            ]
          },
          "blockedReason": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 5000
          },
          "resolution": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 5000
          },
          "waiverExpiresAt": {
            "$ref": "#/components/schemas/DateTime"
          }
        }
      },
      "ReleaseWindow": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "start",
          "end"
        ],
        "properties": {
          "start": {
            "$ref": "#/components/schemas/DateTime"
          },
          "end": {
            "$ref": "#/components/schemas/DateTime"
          }
        }
      },
      "ReleaseKind": {
        "type": "string",
        "enum": [
          "major",
          "minor",
          "patch",
          "hotfix"
        ]
      },
      "ReleaseStatus": {
        "type": "string",
        "enum": [
          "planned",
          "go_no_go",
          "deployed",
          "hypercare",
          "closed",
          "rolled_back",
          "cancelled"
        ]
      },
      "ChangeType": {
        "type": "string",
        "enum": [
          "standard",
          "normal",
          "emergency"
        ]
      },
      "HandoverRole": {
        "type": "string",
        "enum": [
          "poa",
          "opsOwner",
          "businessOwner",
          "serviceOwner",
          "owner"
        ]
      },
      "Verdict": {
        "type": "string",
        "enum": [
          "not-ready",
          "ready-with-reservations",
          "ready-for-run"
        ]
      },
      "GoNoGoDecision": {
        "type": "string",
        "enum": [
          "go",
          "no_go",
          "go_with_reservations"
        ]
      },
      "ChangeApproval": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "approved",
              "rejected"
            ]
          },
          "date": {
            "$ref": "#/components/schemas/DateTime"
          }
        }
      },
      "ReleaseEnvironments": {
        "type": "array",
        "maxItems": 20,
        "items": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        }
      },
      "ReleaseScope": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "description": {
            "$ref": "#/components/schemas/LongText"
          },
          "components": {
            "description": "Entity refs released; a System release defaults to the system's components.",
            "type": "array",
            "maxItems": 200,
            "items": {
              "$ref": "#/components/schemas/EntityRef"
            }
          }
        }
      },
      "Hypercare": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "start",
          "end"
        ],
        "properties": {
          "start": {
            "$ref": "#/components/schemas/DateTime"
          },
          "end": {
            "$ref": "#/components/schemas/DateTime"
          },
          "buildStandby": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/EntityRef"
            }
          },
          "exitCriteria": {
            "type": "array",
            "maxItems": 30,
            "items": {
              "type": "string",
              "maxLength": 500
            }
          }
        }
      },
      "CreateReleaseRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version",
          "kind",
          "plannedAt"
        ],
        "properties": {
          "version": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "kind": {
            "$ref": "#/components/schemas/ReleaseKind"
          },
          "changeType": {
            "$ref": "#/components/schemas/ChangeType"
          },
          "plannedAt": {
            "$ref": "#/components/schemas/DateTime"
          },
          "window": {
            "$ref": "#/components/schemas/ReleaseWindow"
          },
          "changeRef": {
            "type": "string",
            "maxLength": 100
          },
          "changeApproval": {
            "$ref": "#/components/schemas/ChangeApproval"
          },
          "environments": {
            "$ref": "#/components/schemas/ReleaseEnvironments"
          },
          "scope": {
            "$ref": "#/components/schemas/ReleaseScope"
          },
          "hypercare": {
            "$ref": "#/components/schemas/Hypercare"
          }
        }
      },
      "UpdateReleaseRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "version": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "kind": {
            "$ref": "#/components/schemas/ReleaseKind"
          },
          "changeType": {
            "$ref": "#/components/schemas/ChangeType"
          },
          "plannedAt": {
            "$ref": "#/components/schemas/DateTime"
          },
          "window": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ReleaseWindow"
              },
              {
                "type": "null"
              }
            ]
          },
          "changeRef": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 100
          },
          "changeApproval": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ChangeApproval"
              },
              {
                "type": "null"
              }
            ]
          },
          "environments": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ReleaseEnvironments"
              },
              {
                "type": "null"
              }
            ]
          },
          "scope": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ReleaseScope"
              },
              {
                "type": "null"
              }
            ]
          },
          "status": {
            "$ref": "#/components/schemas/ReleaseStatus"
          },
          "hypercare": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Hypercare"
              },
              {
                "type": "null"
              }
            ]
          },
          "goNoGo": {
            "deprecated": true,
            "description": "Removed; always refused with a 400 pointing to POST /releases/{id}/decisions."
          }
        }
      },
      "CreateDecisionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "decision",
          "approvers"
        ],
        "properties": {
          "decision": {
            "$ref": "#/components/schemas/GoNoGoDecision"
          },
          "approvers": {
            "description": "User refs; each must hold a decision role (business owner, owner, ops owner, POA).",
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/EntityRef"
            }
          },
          "overrideReason": {
            "description": "Required for a \"go\" on a go/no-go gate that is not ready.",
            "type": "string",
            "maxLength": 5000
          },
          "notes": {
            "$ref": "#/components/schemas/LongText"
          }
        }
      },
      "SignHandoverRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "role"
        ],
        "properties": {
          "role": {
            "$ref": "#/components/schemas/HandoverRole"
          },
          "comment": {
            "$ref": "#/components/schemas/LongText"
          }
        }
      },
      "RecordOutcomeRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "outcome"
        ],
        "properties": {
          "outcome": {
            "type": "string",
            "enum": [
              "success",
              "success_with_incidents",
              "rolled_back",
              "failed"
            ]
          },
          "incidents": {
            "description": "Incident references (ITSM numbers or URLs).",
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 300
            }
          },
          "review": {
            "$ref": "#/components/schemas/LongText"
          },
          "lessons": {
            "description": "Lessons of the post-implementation review; each becomes a follow-up action (phase `after`).",
            "type": "array",
            "maxItems": 30,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "title"
              ],
              "properties": {
                "title": {
                  "$ref": "#/components/schemas/ShortText"
                },
                "side": {
                  "$ref": "#/components/schemas/Side"
                },
                "assigneeRef": {
                  "$ref": "#/components/schemas/EntityRef"
                },
                "dueDate": {
                  "$ref": "#/components/schemas/Date"
                }
              }
            }
          }
        }
      },
      "GoNoGoSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "decision",
          "decidedAt",
          "approvers"
        ],
        "properties": {
          "decision": {
            "$ref": "#/components/schemas/GoNoGoDecision"
          },
          "decidedAt": {
            "type": "string"
          },
          "approvers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "notes": {
            "type": "string"
          },
          "decisionId": {
            "type": "string"
          },
          "decidedBy": {
            "type": "string"
          },
          "overrideReason": {
            "type": "string"
          }
        }
      },
      "HandoverSignature": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "role",
          "signedBy",
          "signedAt"
        ],
        "properties": {
          "role": {
            "$ref": "#/components/schemas/HandoverRole"
          },
          "signedBy": {
            "type": "string"
          },
          "signedAt": {
            "type": "string"
          },
          "comment": {
            "type": "string"
          }
        }
      },
      "ReleaseOutcome": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "outcome",
          "incidents",
          "followUpActionIds",
          "recordedBy",
          "recordedAt"
        ],
        "properties": {
          "outcome": {
            "type": "string",
            "enum": [
              "success",
              "success_with_incidents",
              "rolled_back",
              "failed"
            ]
          },
          "incidents": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "review": {
            "type": "string"
          },
          "followUpActionIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "goGateVerdict": {
            "$ref": "#/components/schemas/Verdict"
          },
          "goOverridden": {
            "type": "boolean"
          },
          "recordedBy": {
            "type": "string"
          },
          "recordedAt": {
            "type": "string"
          }
        }
      },
      "Release": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "entityRef",
          "version",
          "kind",
          "plannedAt",
          "status",
          "rev",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "version": {
            "type": "string"
          },
          "kind": {
            "$ref": "#/components/schemas/ReleaseKind"
          },
          "changeType": {
            "$ref": "#/components/schemas/ChangeType"
          },
          "plannedAt": {
            "type": "string"
          },
          "window": {
            "$ref": "#/components/schemas/ReleaseWindow"
          },
          "changeRef": {
            "type": "string"
          },
          "changeApproval": {
            "$ref": "#/components/schemas/ChangeApproval"
          },
          "environments": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "scope": {
            "$ref": "#/components/schemas/ReleaseScope"
          },
          "status": {
            "$ref": "#/components/schemas/ReleaseStatus"
          },
          "goNoGo": {
            "$ref": "#/components/schemas/GoNoGoSummary"
          },
          "hypercare": {
            "$ref": "#/components/schemas/Hypercare"
          },
          "handover": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "signatures"
            ],
            "properties": {
              "signatures": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/HandoverSignature"
                }
              },
              "completedAt": {
                "type": "string"
              }
            }
          },
          "outcome": {
            "$ref": "#/components/schemas/ReleaseOutcome"
          },
          "rev": {
            "type": "integer",
            "description": "Optimistic-concurrency revision (the ETag)."
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string"
          }
        }
      },
      "ReleaseList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Release"
            }
          }
        }
      },
      "CriterionResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "category",
          "weight",
          "blocking",
          "scope",
          "status",
          "credit",
          "reason",
          "howToFix",
          "source",
          "evidence"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "category": {
            "$ref": "#/components/schemas/CategoryId"
          },
          "weight": {
            "type": "number"
          },
          "blocking": {
            "type": "boolean"
          },
          "scope": {
            "type": "string",
            "enum": [
              "entity",
              "release"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "pass",
              "expiring",
              "grace",
              "stale",
              "fail",
              "unknown",
              "waived",
              "not-applicable"
            ]
          },
          "credit": {
            "type": "number"
          },
          "reason": {
            "type": "string"
          },
          "reasonMessage": {
            "$ref": "#/components/schemas/MessageRef"
          },
          "howToFix": {
            "type": "string"
          },
          "source": {
            "type": "string",
            "enum": [
              "catalog",
              "metadata",
              "attestation",
              "release"
            ]
          },
          "evidence": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "label"
              ],
              "properties": {
                "label": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                },
                "value": {
                  "type": "string"
                }
              }
            }
          },
          "assessedAt": {
            "type": "string"
          },
          "expiresAt": {
            "type": "string"
          },
          "ageDays": {
            "type": "number"
          },
          "waiver": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "expiresAt",
              "reason"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "expiresAt": {
                "type": "string"
              },
              "reason": {
                "type": "string"
              }
            }
          },
          "action": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "status"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "status": {
                "type": "string"
              },
              "dueDate": {
                "type": "string"
              }
            }
          },
          "releaseId": {
            "type": "string"
          },
          "gate": {
            "type": "string",
            "enum": [
              "goNoGo",
              "handover"
            ]
          }
        }
      },
      "NextStep": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "criterionId",
          "title",
          "howToFix",
          "scoreGain",
          "liftsBlocker"
        ],
        "properties": {
          "criterionId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "howToFix": {
            "type": "string"
          },
          "scoreGain": {
            "type": "number"
          },
          "liftsBlocker": {
            "type": "boolean"
          },
          "unlocksLevel": {
            "$ref": "#/components/schemas/Level"
          }
        }
      },
      "GateResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "gate",
          "verdict",
          "verdictReasons",
          "score",
          "criteria",
          "blockers",
          "reservations",
          "missing",
          "nextSteps"
        ],
        "properties": {
          "gate": {
            "type": "string",
            "enum": [
              "goNoGo",
              "handover"
            ]
          },
          "verdict": {
            "$ref": "#/components/schemas/Verdict"
          },
          "verdictReasons": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "verdictReasonMessages": {
            "description": "The verdict reasons as message keys with parameters, for translation (same order).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MessageRef"
            }
          },
          "score": {
            "type": [
              "number",
              "null"
            ]
          },
          "criteria": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CriterionResult"
            }
          },
          "blockers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "reservations": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "missing": {
            "description": "What is missing to pass, in plain sentences (e.g. the signature of the ops owner).",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "missingMessages": {
            "description": "`missing` as message keys with parameters, for translation (same order).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MessageRef"
            }
          },
          "nextSteps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/NextStep"
            }
          },
          "decisionVerdict": {
            "description": "In a decision's snapshot, the verdict the gate had when the decision was taken.",
            "$ref": "#/components/schemas/Verdict"
          }
        }
      },
      "ReleaseGates": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "releaseId",
          "entityRef",
          "version",
          "kind",
          "status",
          "plannedAt",
          "goNoGo",
          "handover",
          "needsHypercare",
          "windowConflicts",
          "evaluatedAt"
        ],
        "properties": {
          "releaseId": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "version": {
            "type": "string"
          },
          "kind": {
            "$ref": "#/components/schemas/ReleaseKind"
          },
          "status": {
            "$ref": "#/components/schemas/ReleaseStatus"
          },
          "plannedAt": {
            "type": "string"
          },
          "goNoGo": {
            "$ref": "#/components/schemas/GateResult"
          },
          "handover": {
            "$ref": "#/components/schemas/GateResult"
          },
          "needsHypercare": {
            "type": "boolean"
          },
          "windowConflicts": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "windowConflictMessages": {
            "description": "`windowConflicts` as message keys with parameters, for translation (same order).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MessageRef"
            }
          },
          "evaluatedAt": {
            "type": "string"
          }
        }
      },
      "GateSnapshot": {
        "description": "Frozen picture of the release's gates at a go/no-go decision.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "takenAt",
          "release",
          "runReadiness",
          "goNoGo",
          "handover",
          "windowConflicts",
          "waivers",
          "attestations",
          "openActions",
          "roles"
        ],
        "properties": {
          "takenAt": {
            "type": "string"
          },
          "release": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "version",
              "kind",
              "plannedAt"
            ],
            "properties": {
              "version": {
                "type": "string"
              },
              "kind": {
                "$ref": "#/components/schemas/ReleaseKind"
              },
              "changeType": {
                "$ref": "#/components/schemas/ChangeType"
              },
              "changeRef": {
                "type": "string"
              },
              "changeApproval": {
                "$ref": "#/components/schemas/ChangeApproval"
              },
              "plannedAt": {
                "type": "string"
              },
              "window": {
                "$ref": "#/components/schemas/ReleaseWindow"
              },
              "environments": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "scope": {
                "$ref": "#/components/schemas/ReleaseScope"
              },
              "hypercare": {
                "$ref": "#/components/schemas/Hypercare"
              }
            }
          },
          "runReadiness": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "score",
              "verdict",
              "level",
              "blockers"
            ],
            "properties": {
              "score": {
                "type": "number"
              },
              "verdict": {
                "$ref": "#/components/schemas/Verdict"
              },
              "level": {
                "type": "string",
                "enum": [
                  "none",
                  "bronze",
                  "silver",
                  "gold"
                ]
              },
              "blockers": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "goNoGo": {
            "$ref": "#/components/schemas/GateResult"
          },
          "handover": {
            "$ref": "#/components/schemas/GateResult"
          },
          "windowConflicts": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "windowConflictMessages": {
            "description": "`windowConflicts` as message keys with parameters, for translation (same order).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MessageRef"
            }
          },
          "waivers": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id",
                "criterionId",
                "reason",
                "requestedBy",
                "expiresAt"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "criterionId": {
                  "type": "string"
                },
                "reason": {
                  "type": "string"
                },
                "requestedBy": {
                  "type": "string"
                },
                "approvedBy": {
                  "type": "string"
                },
                "expiresAt": {
                  "type": "string"
                },
                "releaseId": {
                  "type": "string"
                }
              }
            }
          },
          "attestations": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id",
                "criterionId",
                "state",
                "assessedBy",
                "assessedAt",
                "evidence"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "criterionId": {
                  "type": "string"
                },
                "state": {
                  "type": "string"
                },
                "assessedBy": {
                  "type": "string"
                },
                "assessedAt": {
                  "type": "string"
                },
                "evidence": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "url"
                    ],
                    "properties": {
                      "url": {
                        "type": "string"
                      },
                      "description": {
                        "type": "string"
                      }
                    }
                  }
                },
                "releaseId": {
                  "type": "string"
                },
                "countersignedBy": {
                  "type": "string"
                }
              }
            }
          },
          "openActions": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id",
                "title",
                "phase",
                "side",
                "status"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "phase": {
                  "$ref": "#/components/schemas/Phase"
                },
                "side": {
                  "$ref": "#/components/schemas/Side"
                },
                "status": {
                  "type": "string"
                },
                "dueDate": {
                  "type": "string"
                },
                "assigneeRef": {
                  "type": "string"
                },
                "criterionId": {
                  "type": "string"
                }
              }
            }
          },
          "roles": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "owner": {
                "type": "string"
              },
              "poa": {
                "type": "string"
              },
              "opsOwner": {
                "type": "string"
              },
              "businessOwner": {
                "type": "string"
              },
              "serviceOwner": {
                "type": "string"
              },
              "securityApprover": {
                "type": "string"
              },
              "supportL1": {
                "type": "string"
              },
              "supportL2": {
                "type": "string"
              },
              "supportL3": {
                "type": "string"
              },
              "onCall": {
                "type": "string"
              }
            }
          }
        }
      },
      "ReleaseDecision": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "releaseId",
          "entityRef",
          "decision",
          "approvers",
          "decidedBy",
          "decidedAt",
          "snapshot"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "releaseId": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "decision": {
            "$ref": "#/components/schemas/GoNoGoDecision"
          },
          "approvers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "overrideReason": {
            "type": "string"
          },
          "notes": {
            "type": "string"
          },
          "decidedBy": {
            "type": "string"
          },
          "decidedAt": {
            "type": "string"
          },
          "snapshot": {
            "$ref": "#/components/schemas/GateSnapshot"
          }
        }
      },
      "ReleaseDecisionList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReleaseDecision"
            }
          }
        }
      },
      "DecisionApproversResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "role",
                "ref"
              ],
              "properties": {
                "role": {
                  "$ref": "#/components/schemas/HandoverRole"
                },
                "ref": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "ChecklistItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "phase",
          "side",
          "priority"
        ],
        "properties": {
          "templateId": {
            "type": "string",
            "maxLength": 64
          },
          "title": {
            "$ref": "#/components/schemas/ShortText"
          },
          "description": {
            "$ref": "#/components/schemas/LongText"
          },
          "phase": {
            "$ref": "#/components/schemas/Phase"
          },
          "side": {
            "$ref": "#/components/schemas/Side"
          },
          "assigneeRef": {
            "$ref": "#/components/schemas/EntityRef"
          },
          "dueDate": {
            "$ref": "#/components/schemas/Date"
          },
          "offsetDays": {
            "type": "integer",
            "minimum": -365,
            "maximum": 365
          },
          "priority": {
            "$ref": "#/components/schemas/ActionPriority"
          },
          "criterionId": {
            "$ref": "#/components/schemas/ShortText"
          }
        }
      },
      "GenerateChecklistRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "preview": {
            "type": "boolean"
          },
          "items": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ChecklistItem"
            }
          }
        }
      },
      "ChecklistPreviewResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChecklistItem"
            }
          }
        }
      },
      "HandoffAction": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "entityRef",
          "title",
          "phase",
          "side",
          "priority",
          "status",
          "source",
          "version",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "phase": {
            "$ref": "#/components/schemas/Phase"
          },
          "side": {
            "$ref": "#/components/schemas/Side"
          },
          "assigneeRef": {
            "type": "string"
          },
          "dueDate": {
            "type": "string"
          },
          "priority": {
            "$ref": "#/components/schemas/ActionPriority"
          },
          "status": {
            "$ref": "#/components/schemas/ActionStatus"
          },
          "criterionId": {
            "type": "string"
          },
          "releaseId": {
            "type": "string"
          },
          "evidenceUrl": {
            "type": "string"
          },
          "externalTicketUrl": {
            "type": "string"
          },
          "blockedReason": {
            "type": "string"
          },
          "resolution": {
            "type": "string"
          },
          "source": {
            "type": "string",
            "enum": [
              "auto",
              "manual",
              "template"
            ]
          },
          "version": {
            "type": "integer"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string"
          },
          "closedAt": {
            "type": "string"
          }
        }
      },
      "HandoffActionList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HandoffAction"
            }
          }
        }
      },
      "ReleaseCalendarItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "releaseId",
          "entityRef",
          "title",
          "tier",
          "version",
          "kind",
          "changeType",
          "status",
          "plannedAt",
          "blockers"
        ],
        "properties": {
          "releaseId": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "system": {
            "type": "string"
          },
          "tier": {
            "$ref": "#/components/schemas/Tier"
          },
          "version": {
            "type": "string"
          },
          "kind": {
            "$ref": "#/components/schemas/ReleaseKind"
          },
          "changeType": {
            "$ref": "#/components/schemas/ChangeType"
          },
          "status": {
            "$ref": "#/components/schemas/ReleaseStatus"
          },
          "plannedAt": {
            "type": "string"
          },
          "window": {
            "$ref": "#/components/schemas/ReleaseWindow"
          },
          "goNoGo": {
            "$ref": "#/components/schemas/Verdict"
          },
          "handover": {
            "$ref": "#/components/schemas/Verdict"
          },
          "blockers": {
            "type": "integer",
            "description": "Open blockers of the go/no-go gate."
          }
        }
      },
      "ReleaseCalendarResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReleaseCalendarItem"
            }
          }
        }
      },
      "PortfolioRollups": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "groupBy",
          "totalGroups",
          "groups"
        ],
        "properties": {
          "groupBy": {
            "type": "string",
            "enum": [
              "owner",
              "system"
            ]
          },
          "totalGroups": {
            "type": "integer",
            "description": "Groups in the filtered set."
          },
          "groups": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "key",
                "total",
                "byVerdict",
                "averageScore",
                "blockers",
                "overdueActions"
              ],
              "properties": {
                "key": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "Owner or system ref; null for entities without one."
                },
                "total": {
                  "type": "integer"
                },
                "byVerdict": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "not-ready",
                    "ready-with-reservations",
                    "ready-for-run"
                  ],
                  "properties": {
                    "not-ready": {
                      "type": "integer"
                    },
                    "ready-with-reservations": {
                      "type": "integer"
                    },
                    "ready-for-run": {
                      "type": "integer"
                    }
                  }
                },
                "averageScore": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "blockers": {
                  "type": "integer"
                },
                "overdueActions": {
                  "type": "integer"
                }
              }
            }
          }
        }
      },
      "PortfolioHighlights": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "days",
          "drops",
          "waivers"
        ],
        "properties": {
          "days": {
            "type": "integer"
          },
          "drops": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "entityRef",
                "title",
                "score",
                "previousScore",
                "since",
                "verdict"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "owner": {
                  "type": "string"
                },
                "score": {
                  "type": "number"
                },
                "previousScore": {
                  "type": "number"
                },
                "since": {
                  "type": "string",
                  "description": "Day of the reference snapshot (YYYY-MM-DD)."
                },
                "verdict": {
                  "$ref": "#/components/schemas/Verdict"
                }
              }
            }
          },
          "waivers": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "active",
              "expiringIn30Days",
              "expiring"
            ],
            "properties": {
              "active": {
                "type": "integer"
              },
              "expiringIn30Days": {
                "type": "integer"
              },
              "expiring": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "id",
                    "entityRef",
                    "criterionId",
                    "expiresAt"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "entityRef": {
                      "type": "string"
                    },
                    "criterionId": {
                      "type": "string"
                    },
                    "expiresAt": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "PortfolioHeatmapCell": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "category",
          "entities",
          "applicable",
          "passing",
          "passingShare",
          "failing"
        ],
        "properties": {
          "category": {
            "type": "string",
            "description": "Category id (OWN, SEC…)."
          },
          "entities": {
            "type": "integer",
            "description": "Entities of the team with at least one applicable criterion in the category."
          },
          "applicable": {
            "type": "integer",
            "description": "Applicable criterion results (entity × criterion) of the team in the category."
          },
          "passing": {
            "type": "integer",
            "description": "Results that pass (pass, expiring, grace)."
          },
          "passingShare": {
            "type": "number",
            "minimum": 0,
            "maximum": 100,
            "description": "passing / applicable × 100, one decimal."
          },
          "failing": {
            "type": "integer",
            "description": "Results that fail (fail, stale, unknown); waived results are neither passing nor failing."
          }
        }
      },
      "PortfolioHeatmap": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "categories",
          "totalTeams",
          "teams"
        ],
        "properties": {
          "categories": {
            "type": "array",
            "description": "Categories with a cell in at least one listed team, by id.",
            "items": {
              "type": "string"
            }
          },
          "totalTeams": {
            "type": "integer",
            "description": "Teams in the filtered set with stored criterion outcomes."
          },
          "teams": {
            "type": "array",
            "description": "Teams with stored criterion outcomes (an entity evaluated before they were stored gets them at its next evaluation), worst first.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "key",
                "entities",
                "applicable",
                "passingShare",
                "failing",
                "cells"
              ],
              "properties": {
                "key": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "Owner ref; null for entities without one."
                },
                "entities": {
                  "type": "integer",
                  "description": "Filtered entities of the team."
                },
                "applicable": {
                  "type": "integer",
                  "description": "Applicable criterion results of the team, all categories."
                },
                "passingShare": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 100,
                  "description": "Passing share over all categories, one decimal."
                },
                "failing": {
                  "type": "integer",
                  "description": "Failing criterion results of the team, all categories."
                },
                "cells": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/PortfolioHeatmapCell"
                  }
                }
              }
            }
          }
        }
      },
      "PortfolioFailingCriteria": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "evaluatedEntities",
          "totalCriteria",
          "criteria"
        ],
        "properties": {
          "evaluatedEntities": {
            "type": "integer",
            "description": "Filtered entities (the denominator of `share`)."
          },
          "totalCriteria": {
            "type": "integer",
            "description": "Criteria failed by at least one filtered entity."
          },
          "criteria": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "criterionId",
                "category",
                "failing",
                "blocking",
                "share"
              ],
              "properties": {
                "criterionId": {
                  "type": "string"
                },
                "category": {
                  "type": "string"
                },
                "failing": {
                  "type": "integer",
                  "description": "Entities failing the criterion (fail, stale, unknown)."
                },
                "blocking": {
                  "type": "integer",
                  "description": "Of those, the entities for whose tier the criterion is blocking."
                },
                "share": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 100,
                  "description": "failing / evaluatedEntities × 100, one decimal."
                }
              }
            }
          }
        }
      },
      "ChangeSuccessResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "groupBy",
          "groups",
          "byGateVerdict"
        ],
        "properties": {
          "groupBy": {
            "type": "string",
            "enum": [
              "owner",
              "system"
            ]
          },
          "groups": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "key",
                "total",
                "succeeded",
                "rate",
                "months"
              ],
              "properties": {
                "key": {
                  "type": "string"
                },
                "total": {
                  "type": "integer"
                },
                "succeeded": {
                  "type": "integer"
                },
                "rate": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "months": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "month",
                      "total",
                      "succeeded"
                    ],
                    "properties": {
                      "month": {
                        "type": "string",
                        "description": "YYYY-MM"
                      },
                      "total": {
                        "type": "integer"
                      },
                      "succeeded": {
                        "type": "integer"
                      }
                    }
                  }
                }
              }
            }
          },
          "byGateVerdict": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "verdict",
                "total",
                "succeeded",
                "failed",
                "rate"
              ],
              "properties": {
                "verdict": {
                  "type": "string",
                  "enum": [
                    "not-ready",
                    "ready-with-reservations",
                    "ready-for-run",
                    "unknown"
                  ]
                },
                "total": {
                  "type": "integer"
                },
                "succeeded": {
                  "type": "integer"
                },
                "failed": {
                  "type": "integer"
                },
                "rate": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              }
            }
          }
        }
      },
      "SystemRollup": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "components",
          "worstVerdict",
          "averageScore"
        ],
        "description": "For a System, its components' stored evaluations (as far as the caller may see them).",
        "properties": {
          "components": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "entityRef",
                "tier",
                "score",
                "verdict",
                "blockers"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "tier": {
                  "$ref": "#/components/schemas/Tier"
                },
                "score": {
                  "type": "number"
                },
                "verdict": {
                  "$ref": "#/components/schemas/Verdict"
                },
                "blockers": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "worstVerdict": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Verdict"
              },
              {
                "type": "null"
              }
            ]
          },
          "averageScore": {
            "type": [
              "number",
              "null"
            ]
          }
        }
      },
      "EntityReadiness": {
        "type": "object",
        "additionalProperties": false,
        "description": "The evaluated readiness (EntityReadiness in -common); a System's includes `rollup`.",
        "required": [
          "entityRef",
          "tier",
          "tierDeclared",
          "score",
          "verdict",
          "verdictReasons",
          "level",
          "categories",
          "criteria",
          "blockers",
          "reservations",
          "nextSteps",
          "evaluatedAt",
          "modelVersion"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "tier": {
            "$ref": "#/components/schemas/Tier"
          },
          "tierDeclared": {
            "type": "boolean"
          },
          "score": {
            "type": "number"
          },
          "verdict": {
            "$ref": "#/components/schemas/Verdict"
          },
          "verdictReasons": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "verdictReasonMessages": {
            "description": "The verdict reasons as message keys with parameters, for translation (same order).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MessageRef"
            }
          },
          "level": {
            "$ref": "#/components/schemas/Level"
          },
          "categories": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CategoryScore"
            }
          },
          "criteria": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CriterionResult"
            }
          },
          "blockers": {
            "description": "Ids of the blocking criteria that fail.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "reservations": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "nextSteps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/NextStep"
            }
          },
          "nextChangeAt": {
            "type": "string"
          },
          "evaluatedAt": {
            "type": "string"
          },
          "modelVersion": {
            "type": "string"
          },
          "outOfScope": {
            "type": "boolean"
          },
          "releases": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReleaseGateSummary"
            }
          },
          "lifecycle": {
            "$ref": "#/components/schemas/LifecycleStatus"
          },
          "rollup": {
            "$ref": "#/components/schemas/SystemRollup"
          }
        }
      },
      "MessageRef": {
        "description": "A message key with its parameters, rendered through the frontend's translation ref.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "key"
        ],
        "properties": {
          "key": {
            "type": "string"
          },
          "params": {
            "description": "List parameters are newline-separated strings, dates ISO days (YYYY-MM-DD).",
            "type": "object",
            "additionalProperties": {
              "type": [
                "string",
                "number"
              ]
            }
          }
        }
      },
      "Level": {
        "type": "string",
        "enum": [
          "none",
          "bronze",
          "silver",
          "gold"
        ]
      },
      "CategoryId": {
        "type": "string",
        "description": "One of the ten readiness categories (the model cannot add others).",
        "enum": [
          "OWN",
          "OBS",
          "INC",
          "DOC",
          "BCK",
          "CAP",
          "SEC",
          "REL",
          "SUP",
          "KT"
        ]
      },
      "CategoryScore": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "score",
          "passed",
          "applicable"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/CategoryId"
          },
          "title": {
            "type": "string"
          },
          "score": {
            "type": [
              "number",
              "null"
            ]
          },
          "passed": {
            "type": "integer"
          },
          "applicable": {
            "type": "integer"
          }
        }
      },
      "ReleaseGateSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "releaseId",
          "version",
          "kind",
          "status",
          "plannedAt",
          "goNoGo",
          "goNoGoBlockers",
          "handover",
          "handoverMissing"
        ],
        "properties": {
          "releaseId": {
            "type": "string"
          },
          "version": {
            "type": "string"
          },
          "kind": {
            "$ref": "#/components/schemas/ReleaseKind"
          },
          "status": {
            "$ref": "#/components/schemas/ReleaseStatus"
          },
          "plannedAt": {
            "type": "string"
          },
          "goNoGo": {
            "$ref": "#/components/schemas/Verdict"
          },
          "goNoGoBlockers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "handover": {
            "$ref": "#/components/schemas/Verdict"
          },
          "handoverMissing": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "handoverMissingMessages": {
            "description": "`handoverMissing` as message keys with parameters, for translation (same order).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MessageRef"
            }
          }
        }
      },
      "LifecycleStatus": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "inRun"
        ],
        "properties": {
          "catalog": {
            "type": "string"
          },
          "inRun": {
            "type": "boolean"
          },
          "handedOverAt": {
            "type": "string"
          },
          "handedOverReleaseId": {
            "type": "string"
          },
          "handedOverVersion": {
            "type": "string"
          },
          "mismatch": {
            "type": "string",
            "enum": [
              "production-not-handed-over",
              "handed-over-experimental"
            ]
          },
          "mismatchReason": {
            "type": "string"
          },
          "mismatchReasonMessage": {
            "description": "`mismatchReason` as a message key with parameters, for translation.",
            "$ref": "#/components/schemas/MessageRef"
          }
        }
      },
      "Health": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok"
            ]
          }
        }
      },
      "EvaluationsTriggered": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "triggered"
        ],
        "properties": {
          "triggered": {
            "description": "The id of the scheduled evaluation task that was triggered.",
            "type": "string"
          }
        }
      },
      "Waiver": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "entityRef",
          "criterionId",
          "reason",
          "requestedBy",
          "requestedAt",
          "status",
          "expiresAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "criterionId": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          },
          "requestedBy": {
            "type": "string"
          },
          "requestedAt": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "requested",
              "approved",
              "rejected",
              "revoked"
            ]
          },
          "approvedBy": {
            "type": "string"
          },
          "approvedAt": {
            "type": "string"
          },
          "expiresAt": {
            "type": "string"
          },
          "actionId": {
            "type": "string"
          },
          "releaseId": {
            "type": "string"
          },
          "rejectionReason": {
            "type": "string"
          }
        }
      },
      "WaiverList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Waiver"
            }
          }
        }
      },
      "AttestationList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Attestation"
            }
          }
        }
      },
      "HistoryPoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "day",
          "score",
          "verdict",
          "level"
        ],
        "properties": {
          "day": {
            "$ref": "#/components/schemas/Date"
          },
          "score": {
            "type": "number"
          },
          "verdict": {
            "$ref": "#/components/schemas/Verdict"
          },
          "level": {
            "$ref": "#/components/schemas/Level"
          }
        }
      },
      "HistoryList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HistoryPoint"
            }
          }
        }
      },
      "AuditEntry": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "entityRef",
          "actor",
          "action",
          "targetType",
          "at"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "actor": {
            "type": "string"
          },
          "action": {
            "type": "string"
          },
          "targetType": {
            "type": "string"
          },
          "targetId": {
            "type": "string"
          },
          "before": {
            "description": "The record before the change (any JSON value; absent on a creation)."
          },
          "after": {
            "description": "The record after the change (any JSON value; absent on a deletion)."
          },
          "at": {
            "type": "string"
          }
        }
      },
      "AuditList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AuditEntry"
            }
          }
        }
      },
      "PortfolioItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "title",
          "kind",
          "tier",
          "tierDeclared",
          "score",
          "verdict",
          "level",
          "blockers",
          "openActions",
          "overdueActions",
          "evaluatedAt"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "system": {
            "type": "string"
          },
          "domain": {
            "type": "string"
          },
          "tier": {
            "$ref": "#/components/schemas/Tier"
          },
          "tierDeclared": {
            "type": "boolean"
          },
          "poa": {
            "type": "string"
          },
          "score": {
            "type": "number"
          },
          "verdict": {
            "$ref": "#/components/schemas/Verdict"
          },
          "level": {
            "$ref": "#/components/schemas/Level"
          },
          "blockers": {
            "type": "integer"
          },
          "openActions": {
            "type": "integer"
          },
          "overdueActions": {
            "type": "integer"
          },
          "evaluatedAt": {
            "type": "string"
          },
          "lifecycleMismatch": {
            "type": "string",
            "enum": [
              "production-not-handed-over",
              "handed-over-experimental"
            ]
          }
        }
      },
      "PortfolioSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "totalEntities",
          "byVerdict",
          "byLevel",
          "byTier",
          "averageScore",
          "openActions",
          "overdueActions",
          "attestationsExpiringIn30Days"
        ],
        "properties": {
          "totalEntities": {
            "type": "integer"
          },
          "byVerdict": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "not-ready",
              "ready-with-reservations",
              "ready-for-run"
            ],
            "properties": {
              "not-ready": {
                "type": "integer"
              },
              "ready-with-reservations": {
                "type": "integer"
              },
              "ready-for-run": {
                "type": "integer"
              }
            }
          },
          "byLevel": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "none",
              "bronze",
              "silver",
              "gold"
            ],
            "properties": {
              "none": {
                "type": "integer"
              },
              "bronze": {
                "type": "integer"
              },
              "silver": {
                "type": "integer"
              },
              "gold": {
                "type": "integer"
              }
            }
          },
          "byTier": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "T1",
              "T2",
              "T3"
            ],
            "properties": {
              "T1": {
                "type": "integer"
              },
              "T2": {
                "type": "integer"
              },
              "T3": {
                "type": "integer"
              }
            }
          },
          "averageScore": {
            "type": [
              "number",
              "null"
            ]
          },
          "openActions": {
            "type": "integer"
          },
          "overdueActions": {
            "type": "integer"
          },
          "attestationsExpiringIn30Days": {
            "type": "integer"
          }
        }
      },
      "PortfolioResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items",
          "totalItems",
          "summary"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PortfolioItem"
            }
          },
          "totalItems": {
            "type": "integer"
          },
          "summary": {
            "$ref": "#/components/schemas/PortfolioSummary"
          }
        }
      },
      "TrendSeries": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "key",
          "points"
        ],
        "properties": {
          "key": {
            "description": "The owner, system or tier the series is for.",
            "type": "string"
          },
          "points": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "day",
                "averageScore",
                "entities"
              ],
              "properties": {
                "day": {
                  "$ref": "#/components/schemas/Date"
                },
                "averageScore": {
                  "type": "number"
                },
                "entities": {
                  "type": "integer"
                }
              }
            }
          }
        }
      },
      "TrendResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "groupBy",
          "series"
        ],
        "properties": {
          "groupBy": {
            "type": "string",
            "enum": [
              "owner",
              "system",
              "tier",
              "portfolio"
            ]
          },
          "series": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TrendSeries"
            }
          }
        }
      },
      "ReadinessModel": {
        "description": "The readiness model in force (ReadinessModel in -common).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "categories",
          "criteria",
          "packs",
          "thresholds",
          "staleness",
          "levels",
          "waiverMaxDays",
          "defaultTier",
          "version"
        ],
        "properties": {
          "categories": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id",
                "title",
                "titleFr",
                "description"
              ],
              "properties": {
                "id": {
                  "$ref": "#/components/schemas/CategoryId"
                },
                "title": {
                  "type": "string"
                },
                "titleFr": {
                  "type": "string"
                },
                "description": {
                  "type": "string"
                }
              }
            }
          },
          "criteria": {
            "description": "The enabled criteria.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CriterionDefinition"
            }
          },
          "packs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "thresholds": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "T1",
              "T2",
              "T3"
            ],
            "properties": {
              "T1": {
                "$ref": "#/components/schemas/VerdictThresholds"
              },
              "T2": {
                "$ref": "#/components/schemas/VerdictThresholds"
              },
              "T3": {
                "$ref": "#/components/schemas/VerdictThresholds"
              }
            }
          },
          "staleness": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "warnBeforeDays",
              "graceRatio",
              "graceMinDays",
              "graceMaxDays",
              "graceFloorCredit"
            ],
            "properties": {
              "warnBeforeDays": {
                "type": "number"
              },
              "graceRatio": {
                "type": "number"
              },
              "graceMinDays": {
                "type": "number"
              },
              "graceMaxDays": {
                "type": "number"
              },
              "graceFloorCredit": {
                "type": "number"
              }
            }
          },
          "levels": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "bronze",
              "silver"
            ],
            "properties": {
              "bronze": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "silver": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "waiverMaxDays": {
            "type": "number"
          },
          "defaultTier": {
            "$ref": "#/components/schemas/Tier"
          },
          "version": {
            "type": "string"
          },
          "requireActionPlanForReservations": {
            "type": "boolean"
          },
          "handoverSignatories": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HandoverRole"
            }
          },
          "actionTemplates": {
            "description": "The handoff action templates (what a release checklist proposes).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ActionTemplate"
            }
          }
        }
      },
      "ActionTemplate": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "phase",
          "title",
          "titleFr",
          "side",
          "sides",
          "criterionIds"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "phase": {
            "$ref": "#/components/schemas/Phase"
          },
          "title": {
            "type": "string"
          },
          "titleFr": {
            "type": "string"
          },
          "side": {
            "$ref": "#/components/schemas/Side"
          },
          "sides": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Side"
            }
          },
          "criterionIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "offsetDays": {
            "description": "Days relative to the release window's start (D-14 → -14).",
            "type": "integer"
          }
        }
      },
      "VerdictThresholds": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "readyForRun",
          "withReservations"
        ],
        "properties": {
          "readyForRun": {
            "type": "number"
          },
          "withReservations": {
            "type": "number"
          }
        }
      },
      "CriterionDefinition": {
        "description": "A criterion of the model. `check` (how it is evaluated), `blockingWhen` and `appliesTo` are the configuration objects of app-config `operationalPilot.criteria` (see the README), passed through as configured.",
        "type": "object",
        "required": [
          "id",
          "category",
          "title",
          "rationale",
          "howToFix",
          "weight",
          "blockingTiers",
          "scope",
          "check",
          "core",
          "pack",
          "defaultSide"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "category": {
            "$ref": "#/components/schemas/CategoryId"
          },
          "title": {
            "type": "string"
          },
          "rationale": {
            "type": "string"
          },
          "howToFix": {
            "type": "string"
          },
          "weight": {
            "type": "number"
          },
          "blockingTiers": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Tier"
            }
          },
          "blockingWhen": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "majorReleaseOnly": {
                "type": "boolean"
              },
              "when24x7": {
                "type": "boolean"
              },
              "atHandover": {
                "type": "boolean"
              },
              "releaseKinds": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ReleaseKind"
                }
              }
            }
          },
          "scope": {
            "type": "string",
            "enum": [
              "entity",
              "release"
            ]
          },
          "gate": {
            "type": "string",
            "enum": [
              "goNoGo",
              "handover"
            ]
          },
          "check": {
            "description": "How the criterion is evaluated; `kind` names the check (annotation, link, specField, relation, …).",
            "type": "object",
            "required": [
              "kind"
            ],
            "properties": {
              "kind": {
                "type": "string"
              }
            }
          },
          "core": {
            "type": "boolean"
          },
          "pack": {
            "type": "string"
          },
          "defaultSide": {
            "$ref": "#/components/schemas/Side"
          },
          "appliesTo": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "kinds": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "tiers": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Tier"
                }
              },
              "stateful": {
                "type": "boolean"
              }
            }
          },
          "sources": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "attestationSubject": {
            "type": "string"
          },
          "signedBy": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "countersignRequired": {
            "type": "boolean"
          }
        }
      }
    }
  }
} as const;
