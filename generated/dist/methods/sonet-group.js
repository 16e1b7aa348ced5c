import { coreOf } from '../core.js';
/** Documented errors of `tasks.api.scrum.backlog.add`, for `matchError`. */
export const TasksApiScrumBacklogAddErrors = {
    GroupIdNotFound: { code: '0', message: 'Group id not found' },
    BacklogAlreadyAdded: { code: '0', message: 'Backlog already added' },
    AccessDenied: { code: '0', message: 'Access denied' },
    CreatedByUserNotFound: { code: '0', message: 'createdBy user not found' },
    ModifiedByUserNotFound: { code: '0', message: 'modifiedBy user not found' },
    UnableToAddBacklog: { code: '0', message: 'Unable to add backlog' },
    UnknownError: { code: '0', message: 'Unknown error' },
};
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
export function tasksApiScrumBacklogAdd(client, params, options) {
    return coreOf(client).call('tasks.api.scrum.backlog.add', params, options);
}
/** Documented errors of `tasks.api.scrum.backlog.delete`, for `matchError`. */
export const TasksApiScrumBacklogDeleteErrors = {
    BacklogIdNotFound: { code: '0', message: 'Backlog id not found' },
    BacklogNotFound: { code: '0', message: 'Backlog not found' },
    AccessDenied: { code: '0', message: 'Access denied' },
    ItIsForbiddenRemoveABacklogWithItems: { code: '0', message: 'It is forbidden remove a backlog with items' },
    BacklogNotDeleted: { code: '0', message: 'Backlog not deleted' },
    UnknownError: { code: '0', message: 'Unknown error' },
};
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
export function tasksApiScrumBacklogDelete(client, params, options) {
    return coreOf(client).call('tasks.api.scrum.backlog.delete', params, options);
}
/** Documented errors of `tasks.api.scrum.backlog.get`, for `matchError`. */
export const TasksApiScrumBacklogGetErrors = {
    GroupIdNotFound: { code: '0', message: 'Group id not found' },
    BacklogNotFound: { code: '0', message: 'Backlog not found' },
    AccessDenied: { code: '0', message: 'Access denied' },
    UnknownError: { code: '0', message: 'Unknown error' },
};
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
export function tasksApiScrumBacklogGet(client, params, options) {
    return coreOf(client).call('tasks.api.scrum.backlog.get', params, options);
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
export function tasksApiScrumBacklogGetFields(client, params, options) {
    return coreOf(client).call('tasks.api.scrum.backlog.getFields', params ?? {}, options);
}
/** Documented errors of `tasks.api.scrum.backlog.update`, for `matchError`. */
export const TasksApiScrumBacklogUpdateErrors = {
    CouldNotFindValueForParameterFields: { code: '100', message: 'Could not find value for parameter {fields}' },
    BacklogIdNotFound: { code: '0', message: 'Backlog id not found' },
    BacklogNotFound: { code: '0', message: 'Backlog not found' },
    AccessDenied: { code: '0', message: 'Access denied' },
    ItIsForbiddenMoveABacklogWithItems: { code: '0', message: 'It is forbidden move a backlog with items' },
    TheTargetGroupAlreadyHasABacklog: { code: '0', message: 'The target group already has a backlog' },
    CreatedByUserNotFound: { code: '0', message: 'createdBy user not found' },
    ModifiedByUserNotFound: { code: '0', message: 'modifiedBy user not found' },
    UnableToUpdateBacklog: { code: '0', message: 'Unable to update backlog' },
    UnknownError: { code: '0', message: 'Unknown error' },
};
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
export function tasksApiScrumBacklogUpdate(client, params, options) {
    return coreOf(client).call('tasks.api.scrum.backlog.update', params, options);
}
