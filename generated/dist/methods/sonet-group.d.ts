import type { CallOptions } from '../runtime/index.js';
import type { CoreSource } from '../core.js';
/** Parameters of `tasks.api.scrum.backlog.add`. */
export interface TasksApiScrumBacklogAddParams {
    /**
     * The group and the users of the new backlog. Its keys are listed in the [fields section](https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html#fields) below:
     *
     * ```js
     * "fields": {
     *     "groupId": value,
     *     "createdBy": value,
     *     "modifiedBy": value,
     * }
     * ```
     *
     * Required.
     */
    fields: TasksApiScrumBacklogAddParamsFields;
}
export interface TasksApiScrumBacklogAddParamsFields {
    /**
     * Id of the Scrum group that gets the backlog.
     *
     * You get it back from `sonet_group.create` when you create a group, or find it with `socialnetwork.api.workgroup.list`
     *
     * Required.
     */
    groupId: number;
    /**
     * Id of the user recorded as the author of the backlog
     *
     * Required.
     */
    createdBy: number;
    /** Id of the user recorded as the last editor of the backlog */
    modifiedBy?: number;
}
/** The `result` of `tasks.api.scrum.backlog.add`. */
export interface TasksApiScrumBacklogAddResult {
    /** Id of the new backlog */
    id: number;
    /** Id of the group the backlog belongs to */
    groupId: number;
    /** Id of the backlog's author */
    createdBy: number;
    /** Id of the backlog's last editor */
    modifiedBy: number;
}
/** Documented errors of `tasks.api.scrum.backlog.add`, for `matchError`. */
export declare const TasksApiScrumBacklogAddErrors: {
    readonly GroupIdNotFound: {
        readonly code: "0";
        readonly message: "Group id not found";
    };
    readonly BacklogAlreadyAdded: {
        readonly code: "0";
        readonly message: "Backlog already added";
    };
    readonly AccessDenied: {
        readonly code: "0";
        readonly message: "Access denied";
    };
    readonly CreatedByUserNotFound: {
        readonly code: "0";
        readonly message: "createdBy user not found";
    };
    readonly ModifiedByUserNotFound: {
        readonly code: "0";
        readonly message: "modifiedBy user not found";
    };
    readonly UnableToAddBacklog: {
        readonly code: "0";
        readonly message: "Unable to add backlog";
    };
    readonly UnknownError: {
        readonly code: "0";
        readonly message: "Unknown error";
    };
};
export type TasksApiScrumBacklogAddError = keyof typeof TasksApiScrumBacklogAddErrors;
/**
 * Create a Scrum Backlog tasks.api.scrum.backlog.add
 *
 * `tasks.api.scrum.backlog.add` creates the backlog of a Scrum group.
 *
 * Scope: `task`.
 *
 * Access: any user
 * @see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html}
 * @throws {B24Error} a documented error of this method:
 * - `0` Group id not found
 * - `0` Backlog already added
 * - `0` Access denied
 * - `0` createdBy user not found
 * - `0` modifiedBy user not found
 * - `0` Unable to add backlog
 * - `0` Unknown error
 */
export declare function tasksApiScrumBacklogAdd(client: CoreSource, params: TasksApiScrumBacklogAddParams, options?: CallOptions): Promise<TasksApiScrumBacklogAddResult>;
/** Parameters of `tasks.api.scrum.backlog.delete`. */
export interface TasksApiScrumBacklogDeleteParams {
    /**
     * Id of the backlog to remove.
     *
     * [tasks.api.scrum.backlog.add](https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html) returns it when the backlog is created, and [tasks.api.scrum.backlog.get](https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html) finds it from the Scrum's group id
     *
     * Required.
     */
    id: number;
}
/** The `result` of `tasks.api.scrum.backlog.delete`. */
export type TasksApiScrumBacklogDeleteResult = unknown[];
/** Documented errors of `tasks.api.scrum.backlog.delete`, for `matchError`. */
export declare const TasksApiScrumBacklogDeleteErrors: {
    readonly BacklogIdNotFound: {
        readonly code: "0";
        readonly message: "Backlog id not found";
    };
    readonly BacklogNotFound: {
        readonly code: "0";
        readonly message: "Backlog not found";
    };
    readonly AccessDenied: {
        readonly code: "0";
        readonly message: "Access denied";
    };
    readonly ItIsForbiddenRemoveABacklogWithItems: {
        readonly code: "0";
        readonly message: "It is forbidden remove a backlog with items";
    };
    readonly BacklogNotDeleted: {
        readonly code: "0";
        readonly message: "Backlog not deleted";
    };
    readonly UnknownError: {
        readonly code: "0";
        readonly message: "Unknown error";
    };
};
export type TasksApiScrumBacklogDeleteError = keyof typeof TasksApiScrumBacklogDeleteErrors;
/**
 * Remove a Scrum Backlog tasks.api.scrum.backlog.delete
 *
 * `tasks.api.scrum.backlog.delete` removes a backlog.
 *
 * Scope: `task`.
 *
 * Access: any user
 * @see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-delete.html}
 * @throws {B24Error} a documented error of this method:
 * - `0` Backlog id not found
 * - `0` Backlog not found
 * - `0` Access denied
 * - `0` It is forbidden remove a backlog with items
 * - `0` Backlog not deleted
 * - `0` Unknown error
 */
export declare function tasksApiScrumBacklogDelete(client: CoreSource, params: TasksApiScrumBacklogDeleteParams, options?: CallOptions): Promise<TasksApiScrumBacklogDeleteResult>;
/** Parameters of `tasks.api.scrum.backlog.get`. */
export interface TasksApiScrumBacklogGetParams {
    /**
     * Id of the Scrum group whose backlog you want.
     *
     * You get it back from `sonet_group.create` when you create a group, or find it with `socialnetwork.api.workgroup.list`
     *
     * Required.
     */
    id: number;
}
/** The `result` of `tasks.api.scrum.backlog.get`. */
export interface TasksApiScrumBacklogGetResult {
    /** Id of the backlog */
    id: number;
    /** Id of the group that owns the backlog */
    groupId: number;
    /** Id of the backlog's author */
    createdBy: number;
    /** Id of the backlog's last editor */
    modifiedBy: number;
}
/** Documented errors of `tasks.api.scrum.backlog.get`, for `matchError`. */
export declare const TasksApiScrumBacklogGetErrors: {
    readonly GroupIdNotFound: {
        readonly code: "0";
        readonly message: "Group id not found";
    };
    readonly BacklogNotFound: {
        readonly code: "0";
        readonly message: "Backlog not found";
    };
    readonly AccessDenied: {
        readonly code: "0";
        readonly message: "Access denied";
    };
    readonly UnknownError: {
        readonly code: "0";
        readonly message: "Unknown error";
    };
};
export type TasksApiScrumBacklogGetError = keyof typeof TasksApiScrumBacklogGetErrors;
/**
 * Read the Backlog of a Scrum tasks.api.scrum.backlog.get
 *
 * `tasks.api.scrum.backlog.get` looks up the backlog of a Scrum group and returns its fields.
 *
 * A typical use is to learn the backlog `id` before placing a task in the backlog.
 *
 * Scope: `task`.
 *
 * Access: any user
 * @see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html}
 * @throws {B24Error} a documented error of this method:
 * - `0` Group id not found
 * - `0` Backlog not found
 * - `0` Access denied
 * - `0` Unknown error
 */
export declare function tasksApiScrumBacklogGet(client: CoreSource, params: TasksApiScrumBacklogGetParams, options?: CallOptions): Promise<TasksApiScrumBacklogGetResult>;
/** Parameters of `tasks.api.scrum.backlog.getFields`. */
export type TasksApiScrumBacklogGetFieldsParams = Record<string, never>;
/** The `result` of `tasks.api.scrum.backlog.getFields`. */
export interface TasksApiScrumBacklogGetFieldsResult {
    fields: TasksApiScrumBacklogGetFieldsResultFields;
}
export interface TasksApiScrumBacklogGetFieldsResultFields {
    /** Id of the group that owns the backlog */
    groupId: TasksApiScrumBacklogGetFieldsResultFieldsGroupId;
    /** Id of the backlog's author */
    createdBy: TasksApiScrumBacklogGetFieldsResultFieldsCreatedBy;
    /** Id of the backlog's last editor */
    modifiedBy: TasksApiScrumBacklogGetFieldsResultFieldsModifiedBy;
}
export interface TasksApiScrumBacklogGetFieldsResultFieldsGroupId {
    type: string;
}
export interface TasksApiScrumBacklogGetFieldsResultFieldsCreatedBy {
    type: string;
}
export interface TasksApiScrumBacklogGetFieldsResultFieldsModifiedBy {
    type: string;
}
/**
 * List the Fields of a Backlog tasks.api.scrum.backlog.getFields
 *
 * `tasks.api.scrum.backlog.getFields` describes the fields a backlog has, with the type of each.
 *
 * Scope: `task`.
 *
 * Access: any user
 * @see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get-fields.html}
 * @throws {B24Error} when the call fails.
 */
export declare function tasksApiScrumBacklogGetFields(client: CoreSource, params?: TasksApiScrumBacklogGetFieldsParams, options?: CallOptions): Promise<TasksApiScrumBacklogGetFieldsResult>;
/** Parameters of `tasks.api.scrum.backlog.update`. */
export interface TasksApiScrumBacklogUpdateParams {
    /**
     * Id of the backlog to change.
     *
     * Look it up with [tasks.api.scrum.backlog.get](https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html)
     *
     * Required.
     */
    id: number;
    /**
     * The values to write. Its keys are listed in the [fields section](https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-update.html#fields) below:
     *
     * ```js
     * "fields": {
     *     "groupId": value,
     *     "createdBy": value,
     *     "modifiedBy": value,
     * }
     * ```
     *
     * Required.
     */
    fields: TasksApiScrumBacklogUpdateParamsFields;
}
export interface TasksApiScrumBacklogUpdateParamsFields {
    /**
     * Id of the group the backlog should belong to.
     *
     * You get it back from `sonet_group.create` when you create a group, or find it with `socialnetwork.api.workgroup.list`
     */
    groupId?: number;
    /** Id of the user to record as the backlog's author */
    createdBy?: number;
    /** Id of the user to record as the backlog's last editor */
    modifiedBy?: number;
}
/** The `result` of `tasks.api.scrum.backlog.update`. */
export interface TasksApiScrumBacklogUpdateResult {
    /** Id of the backlog */
    id: number;
    /** Id of the group the backlog now belongs to */
    groupId: number;
    /** Id of the backlog's author */
    createdBy: number;
    /** Id of the backlog's last editor */
    modifiedBy: number;
}
/** Documented errors of `tasks.api.scrum.backlog.update`, for `matchError`. */
export declare const TasksApiScrumBacklogUpdateErrors: {
    readonly CouldNotFindValueForParameterFields: {
        readonly code: "100";
        readonly message: "Could not find value for parameter {fields}";
    };
    readonly BacklogIdNotFound: {
        readonly code: "0";
        readonly message: "Backlog id not found";
    };
    readonly BacklogNotFound: {
        readonly code: "0";
        readonly message: "Backlog not found";
    };
    readonly AccessDenied: {
        readonly code: "0";
        readonly message: "Access denied";
    };
    readonly ItIsForbiddenMoveABacklogWithItems: {
        readonly code: "0";
        readonly message: "It is forbidden move a backlog with items";
    };
    readonly TheTargetGroupAlreadyHasABacklog: {
        readonly code: "0";
        readonly message: "The target group already has a backlog";
    };
    readonly CreatedByUserNotFound: {
        readonly code: "0";
        readonly message: "createdBy user not found";
    };
    readonly ModifiedByUserNotFound: {
        readonly code: "0";
        readonly message: "modifiedBy user not found";
    };
    readonly UnableToUpdateBacklog: {
        readonly code: "0";
        readonly message: "Unable to update backlog";
    };
    readonly UnknownError: {
        readonly code: "0";
        readonly message: "Unknown error";
    };
};
export type TasksApiScrumBacklogUpdateError = keyof typeof TasksApiScrumBacklogUpdateErrors;
/**
 * Change a Scrum Backlog tasks.api.scrum.backlog.update
 *
 * `tasks.api.scrum.backlog.update` changes the group or the users recorded on an existing backlog.
 *
 * Scope: `task`.
 *
 * Access: any user
 * @see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-update.html}
 * @throws {B24Error} a documented error of this method:
 * - `100` Could not find value for parameter {fields}
 * - `0` Backlog id not found
 * - `0` Backlog not found
 * - `0` Access denied
 * - `0` It is forbidden move a backlog with items
 * - `0` The target group already has a backlog
 * - `0` createdBy user not found
 * - `0` modifiedBy user not found
 * - `0` Unable to update backlog
 * - `0` Unknown error
 */
export declare function tasksApiScrumBacklogUpdate(client: CoreSource, params: TasksApiScrumBacklogUpdateParams, options?: CallOptions): Promise<TasksApiScrumBacklogUpdateResult>;
