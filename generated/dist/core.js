export function coreOf(source) {
    return 'core' in source ? source.core : source;
}
