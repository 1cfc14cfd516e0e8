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
                  "type": "object"
                }
              }
            }
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
                  "$ref": "#/components/schemas/AnyObject"
                }
              }
            }
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
        "summary": "Evaluated readiness of an entity (score, verdict, level, criteria, blockers, next steps).",
        "responses": {
          "200": {
            "description": "The stored evaluation (evaluated now if none is stored or it is out of date).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AnyObject"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
        "summary": "Re-evaluate an entity now (e.g. after a catalog-info.yaml change).",
        "responses": {
          "200": {
            "description": "The fresh evaluation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AnyObject"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
        "summary": "Operational metadata and roles (version 0 and empty metadata when none was entered yet).",
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
                  "$ref": "#/components/schemas/AnyObject"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "put": {
        "operationId": "putOperations",
        "summary": "Replace the operational metadata. Requires If-Match with the version read.",
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
                  "$ref": "#/components/schemas/AnyObject"
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
            "$ref": "#/components/responses/List"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
            "$ref": "#/components/responses/Created"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
        "summary": "The run side countersigns an attestation made by the build side.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Record"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
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
            "$ref": "#/components/responses/List"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
            "$ref": "#/components/responses/Created"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
        "summary": "Approve a requested waiver (approver role).",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Record"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
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
        "summary": "Reject a requested waiver (approver role).",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Record"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
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
            "$ref": "#/components/responses/Record"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
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
            "$ref": "#/components/responses/List"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
            "$ref": "#/components/responses/Created"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
            "$ref": "#/components/responses/List"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
            "$ref": "#/components/responses/Record"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateAction",
        "summary": "Update fields or move the status (legal transitions only). Requires If-Match.",
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
            "$ref": "#/components/responses/Record"
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
            "$ref": "#/components/responses/List"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
            "$ref": "#/components/responses/Created"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
            "$ref": "#/components/responses/Record"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateRelease",
        "summary": "Update a release, move its status or record the go/no-go. Requires If-Match.",
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
            "$ref": "#/components/responses/Record"
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
            "$ref": "#/components/responses/List"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
            "$ref": "#/components/responses/List"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
                  "$ref": "#/components/schemas/AnyObject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/portfolio/export.csv": {
      "get": {
        "operationId": "exportPortfolio",
        "summary": "The filtered portfolio as CSV (all pages, streamed).",
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
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/orderBy"
          },
          {
            "$ref": "#/components/parameters/order"
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
          }
        }
      }
    },
    "/portfolio/trend": {
      "get": {
        "operationId": "getPortfolioTrend",
        "summary": "Average score per day, grouped by owner, system or tier.",
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
                "tier"
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
            "$ref": "#/components/parameters/tierFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "Series.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AnyObject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/evaluations/run": {
      "post": {
        "operationId": "runEvaluations",
        "summary": "Trigger the scheduled re-evaluation of the whole portfolio now (administrators).",
        "responses": {
          "202": {
            "description": "Triggered.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AnyObject"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
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
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 63
        }
      },
      "namespace": {
        "name": "namespace",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 63
        }
      },
      "name": {
        "name": "name",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 253
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
          "minimum": 0
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
      "List": {
        "description": "A list.",
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "required": [
                "items"
              ],
              "properties": {
                "items": {
                  "type": "array"
                }
              }
            }
          }
        }
      },
      "Record": {
        "description": "The record.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AnyObject"
            }
          }
        }
      },
      "Created": {
        "description": "The created record.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AnyObject"
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
      "AnyObject": {
        "type": "object",
        "additionalProperties": true
      },
      "Error": {
        "type": "object",
        "properties": {
          "error": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          },
          "response": {
            "type": "object",
            "properties": {
              "statusCode": {
                "type": "integer"
              }
            }
          },
          "fieldErrors": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "path": {
                  "type": "string"
                },
                "message": {
                  "type": "string"
                }
              }
            }
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
        "description": "A calendar date, YYYY-MM-DD.",
        "type": "string",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
      },
      "DateTime": {
        "description": "An ISO 8601 date-time (or a date, read as midnight UTC).",
        "type": "string",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$"
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
            "type": "string",
            "enum": [
              "major",
              "minor",
              "patch",
              "hotfix"
            ]
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
            "type": "string",
            "enum": [
              "major",
              "minor",
              "patch",
              "hotfix"
            ]
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
          "status": {
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
          "goNoGo": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "decision",
              "approvers"
            ],
            "properties": {
              "decision": {
                "type": "string",
                "enum": [
                  "go",
                  "no_go",
                  "go_with_reservations"
                ]
              },
              "approvers": {
                "type": "array",
                "minItems": 1,
                "maxItems": 20,
                "items": {
                  "$ref": "#/components/schemas/EntityRef"
                }
              },
              "notes": {
                "$ref": "#/components/schemas/LongText"
              }
            }
          },
          "hypercare": {
            "oneOf": [
              {
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
              {
                "type": "null"
              }
            ]
          }
        }
      }
    }
  }
} as const;
