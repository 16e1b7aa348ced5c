/** One HTTP exchange. The runtime builds URL, headers and body; a transport only carries them. */
export interface Transport {
    send(request: TransportRequest): Promise<TransportResponse>;
}
export interface TransportRequest {
    url: string;
    /** Always POST for REST calls; GET only for an OAuth token endpoint configured that way. */
    method: 'POST' | 'GET';
    headers: Record<string, string>;
    body: string;
    signal?: AbortSignal;
}
export interface TransportResponse {
    status: number;
    /** Header names in lower case. */
    headers: Record<string, string>;
    body: string;
}
