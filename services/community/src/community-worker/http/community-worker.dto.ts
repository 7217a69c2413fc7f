import { BusinessDateField, CitizenIdField, DivisionCodeField, DivisionFilterQuery, KeysetPageOf, KeysetQuery, QueryBoolean } from '@civic/platform';
import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { WORKER_POSTS } from '../domain/community-worker';

const POST_DESCRIPTION = '三岗: head 负责人岗 | deputy 副职岗 | officer 干事岗';

export class AddPostRequest {
  @DivisionCodeField('committeeCode', { example: '310104003001', description: "the residents' or villagers' committee (12 digits)" })
  committeeCode: string;

  @ApiProperty({ enum: WORKER_POSTS, description: POST_DESCRIPTION })
  @IsIn(WORKER_POSTS)
  post: string;

  @ApiProperty({ example: '社区党群服务干事', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;
}

export class AppointWorkerRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '李社工', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'postId must be a UUID' })
  postId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 18, example: 3, description: "十八级: a grade on the post's scale (GET /worker-grades)" })
  @IsInt()
  @Min(1)
  @Max(18)
  grade: number;

  @BusinessDateField('appointedOn')
  appointedOn: string;
}

export class RegradeRequest {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 18, example: 4 })
  @IsInt()
  @Min(1)
  @Max(18)
  grade: number;
}

export class TrainingRequest {
  @ApiProperty({ example: '社区治理专题培训', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  course: string;

  @ApiProperty({ type: 'integer', example: 16, minimum: 1, maximum: 1000, description: 'class hours (学时)' })
  @IsInt()
  @Min(1)
  @Max(1000)
  hours: number;

  @BusinessDateField('completedOn')
  completedOn: string;
}

export class LeaveRequest {
  @BusinessDateField('leftOn')
  leftOn: string;

  @ApiProperty({ example: '辞职', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason: string;
}

class PostFilter extends DivisionFilterQuery {
  @QueryBoolean('only the posts with no worker now')
  vacant?: boolean;
}

export class PostListQuery extends IntersectionType(KeysetQuery, PostFilter) {}

export class PostResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104003001' }) committeeCode: string;
  @ApiProperty({ enum: WORKER_POSTS, description: POST_DESCRIPTION }) post: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the worker in the post now; null when vacant' }) workerId: string | null;
}

export class PostPage extends KeysetPageOf(PostResponse) {}

export class TrainingResponse {
  @ApiProperty() course: string;
  @ApiProperty() hours: number;
  @ApiProperty({ format: 'date' }) completedOn: string;
}

export class WorkerResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104********1235', description: 'masked unless the caller holds personal-data.read' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) postId: string;
  @ApiProperty() committeeCode: string;
  @ApiProperty({ enum: WORKER_POSTS }) post: string;
  @ApiProperty() grade: number;
  @ApiProperty({ example: '6800.00', description: 'the monthly pay of the grade on the scale' }) monthlyPay: string;
  @ApiProperty({ format: 'date' }) appointedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) leftOn: string | null;
  @ApiProperty({ type: String, nullable: true }) leaveReason: string | null;
  @ApiProperty({ type: [TrainingResponse] }) trainings: TrainingResponse[];
  @ApiProperty() version: number;
}

export class GradeResponse {
  @ApiProperty({ enum: WORKER_POSTS }) post: string;
  @ApiProperty() grade: number;
  @ApiProperty({ example: '6000.00' }) monthlyPay: string;
}

export class GradeCount {
  @ApiProperty() grade: number;
  @ApiProperty() workers: number;
}

export class WorkerStatisticsResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty() posts: number;
  @ApiProperty() filled: number;
  @ApiProperty({ description: 'posts with no worker now' }) vacant: number;
  @ApiProperty({ type: [GradeCount] }) byGrade: GradeCount[];
}
